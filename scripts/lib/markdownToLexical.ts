/**
 * The sample content's minimal text format (content/samples/README.md) as Lexical
 * JSON: blank-line separated paragraphs, `## ` and `### ` headings, `>> ` for a
 * right-aligned paragraph such as a signature block.
 */
import type { LexicalNode, LexicalState } from '../../core/snapshot/lexical'

export function markdownToLexical(source: string): LexicalState {
  const paragraphs = source
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
  return {
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: paragraphs.map(toNode) },
  }
}

function toNode(chunk: string): LexicalNode {
  const heading = /^(#{2,4}) +(.*)$/s.exec(chunk)
  if (heading?.[1] && heading[2] !== undefined) {
    return element('heading', heading[2], { tag: `h${heading[1].length}` })
  }
  if (chunk.startsWith('>> ')) return element('paragraph', chunk.slice(3), { format: 'right' })
  return element('paragraph', chunk, { format: '' })
}

function element(type: string, text: string, extra: Record<string, unknown>): LexicalNode {
  // Lines inside one paragraph are soft line breaks, as in the source.
  const children: LexicalNode[] = text
    .split('\n')
    .flatMap((line, index) => [
      ...(index > 0 ? [{ type: 'linebreak', version: 1 }] : []),
      { type: 'text', text: line.trim(), format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
    ])
  return { type, version: 1, indent: 0, direction: 'ltr', format: '', ...extra, children }
}
