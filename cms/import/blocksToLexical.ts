/** The importer's body blocks as Lexical JSON: headings by level, paragraphs with alignment. */
import type { BodyBlock } from '../../core/import'
import type { LexicalNode, LexicalState } from '../../core/snapshot/lexical'

export function blocksToLexical(blocks: readonly BodyBlock[]): LexicalState {
  return {
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: blocks.map(toNode) },
  }
}

function toNode(block: BodyBlock): LexicalNode {
  const text: LexicalNode = { type: 'text', text: block.text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
  if (block.type === 'heading') {
    return { type: 'heading', tag: `h${block.level}`, version: 1, indent: 0, direction: 'ltr', format: '', children: [text] }
  }
  return { type: 'paragraph', version: 1, indent: 0, direction: 'ltr', format: block.align === 'end' ? 'right' : '', children: [text] }
}
