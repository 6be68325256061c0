/**
 * Turns a Lexical rich-text value into the snapshot's block tree: plain text with
 * marks, never HTML, so that the site escapes everything it renders. Nodes we do not
 * publish (uploads, embeds, unknown plugins) are dropped rather than passed through.
 */
import { safeHref } from '../web/safeHref'
import type { Block, InlineNode } from './schema'
import { type LexicalNode, type LexicalState, textFormat } from './lexical'

export function blocksFromLexical(state: LexicalState | null | undefined): Block[] {
  const children = state?.root?.children ?? []
  return children.flatMap(blockFromNode)
}

function blockFromNode(node: LexicalNode): Block[] {
  switch (node.type) {
    case 'heading': {
      const level = Number(String(node.tag ?? 'h2').replace('h', ''))
      return [{ type: 'heading', level: Math.min(4, Math.max(2, level)), children: inlines(node) }]
    }
    case 'paragraph':
      return [{ type: 'paragraph', align: alignment(node.format), children: inlines(node) }]
    case 'quote':
      return [{ type: 'quote', children: inlines(node) }]
    case 'list':
      return [
        {
          type: 'list',
          ordered: node.listType === 'number',
          items: (node.children ?? []).filter((item) => item.type === 'listitem').map((item) => inlines(item)),
        },
      ]
    default:
      return []
  }
}

function alignment(format: LexicalNode['format']): 'start' | 'center' | 'end' {
  if (format === 'center') return 'center'
  if (format === 'right' || format === 'end') return 'end'
  return 'start'
}

function inlines(node: LexicalNode, href?: string): InlineNode[] {
  return (node.children ?? []).flatMap((child): InlineNode[] => {
    if (child.type === 'text') return [textNode(child, href)]
    if (child.type === 'linebreak') return [{ text: '\n', bold: false, italic: false, underline: false }]
    if (child.type === 'link' || child.type === 'autolink') {
      return inlines(child, safeHref(child.fields?.url ?? child.url))
    }
    // Nested lists inside list items and unknown inline nodes: keep their text.
    return inlines(child, href)
  })
}

function textNode(node: LexicalNode, href: string | undefined): InlineNode {
  const format = typeof node.format === 'number' ? node.format : 0
  return {
    text: node.text ?? '',
    bold: (format & textFormat.bold) !== 0,
    italic: (format & textFormat.italic) !== 0,
    underline: (format & textFormat.underline) !== 0,
    ...(href ? { href } : {}),
  }
}
