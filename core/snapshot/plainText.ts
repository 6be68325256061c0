/** The text of a rich-text value, one block a line: for reading clauses out of a body. */
import { blocksFromLexical } from './fromLexical'
import type { LexicalNode, LexicalState } from './lexical'
import type { Block } from './schema'

export function plainTextFromLexical(state: LexicalState | null | undefined): string {
  return plainTextFromBlocks(blocksFromLexical(state))
}

/** The same text from a body already in the snapshot's block format. */
export function plainTextFromBlocks(blocks: readonly Block[]): string {
  return blocks
    .map((block) =>
      block.type === 'list'
        ? block.items.map((item) => item.map((n) => n.text).join('')).join('\n')
        : block.children.map((n) => n.text).join(''),
    )
    .join('\n')
}

/**
 * The text of a rich-text value read straight off its nodes, a line per element, without
 * building blocks: cheap enough for every unchanged document of an incremental export, whose
 * body is otherwise not converted (for reading clauses, not for display).
 */
const INLINE = new Set(['link', 'autolink'])

export function rawLexicalText(state: LexicalState | null | undefined): string {
  const lines: string[] = []
  let line = ''
  const visit = (node: LexicalNode) => {
    if (typeof node.text === 'string') line += node.text
    if (node.type === 'linebreak') line += '\n'
    for (const child of node.children ?? []) visit(child)
    if (node.children && !INLINE.has(node.type) && line !== '') {
      lines.push(line)
      line = ''
    }
  }
  if (state?.root) visit(state.root)
  return lines.join('\n')
}
