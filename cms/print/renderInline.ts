/**
 * A run of inline text as HTML. Links print as their text: a printed page cannot be
 * clicked, and print and PDF must say the same. Soft line breaks become <br>.
 */
import type { InlineNode } from '../../core/snapshot/schema'
import { escapeHtml } from './escapeHtml'

export function renderInline(nodes: readonly InlineNode[]): string {
  return nodes.map(renderNode).join('')
}

function renderNode(node: InlineNode): string {
  let html = node.text.split('\n').map(escapeHtml).join('<br>')
  if (node.underline) html = `<u>${html}</u>`
  if (node.italic) html = `<em>${html}</em>`
  if (node.bold) html = `<strong>${html}</strong>`
  return html
}
