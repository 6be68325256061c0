/** The text of a rich-text value, one block a line: for reading clauses out of a body. */
import { blocksFromLexical } from './fromLexical'
import type { LexicalState } from './lexical'

export function plainTextFromLexical(state: LexicalState | null | undefined): string {
  return blocksFromLexical(state)
    .map((block) =>
      block.type === 'list'
        ? block.items.map((item) => item.map((n) => n.text).join('')).join('\n')
        : block.children.map((n) => n.text).join(''),
    )
    .join('\n')
}
