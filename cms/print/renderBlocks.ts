/**
 * A document body as print HTML. Headings sit one level below the entry title
 * (h3–h5) so that the PDF outline nests them under their document.
 */
import type { Block } from '../../core/snapshot/schema'
import { isAddressee } from './addressee'
import { headingRole } from './headingRole'
import type { PrintEntry } from './issueSchema'
import { renderInline } from './renderInline'

export function renderBlocks(blocks: readonly Block[], kind: PrintEntry['kind']): string {
  return blocks.map((block, index) => renderBlock(block, kind, isAddressee(block, index))).join('\n')
}

function renderBlock(block: Block, kind: PrintEntry['kind'], addressee: boolean): string {
  switch (block.type) {
    case 'heading': {
      const tag = `h${block.level + 1}`
      return `<${tag} class="heading-${headingRole(block, kind)}">${renderInline(block.children)}</${tag}>`
    }
    case 'paragraph':
      return `<p class="align-${block.align}${addressee ? ' addressee' : ''}">${renderInline(block.children)}</p>`
    case 'quote':
      return `<blockquote>${renderInline(block.children)}</blockquote>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      const items = block.items.map((item) => `<li>${renderInline(item)}</li>`).join('')
      return `<${tag}>${items}</${tag}>`
    }
  }
}
