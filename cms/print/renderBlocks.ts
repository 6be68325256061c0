/**
 * A document body as print HTML. Headings sit one level below the entry title (h3–h5) so
 * that the PDF outline nests them under their document, and take the GB/T 9704 style
 * their text calls for (headingRole); the 主送机关 line is set flush left (isAddressee);
 * inline runs keep their marks, and links print as their text.
 */
import type { Block, InlineNode } from '../../core/snapshot/schema'
import { escapeHtml } from './escapeHtml'
import type { PrintEntry } from './issueSchema'

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

export type HeadingRole = 'attached-title' | 'chapter' | 'first' | 'second' | 'third'

type Heading = Extract<Block, { type: 'heading' }>

const numberedFirst = /^[一二三四五六七八九十百零〇]+、/
const chapter = /^第[一二三四五六七八九十百零〇\d]+[编章节]/

/**
 * Which GB/T 9704 style a body heading takes. Level-2 headings in the snapshot are
 * numbered sections (一、…, 黑体), chapters of rules (第一章 总则, centred 黑体) and
 * titles of attached texts (运城市2022年政务公开工作要点, centred 小标宋); the text
 * tells them apart. An interpretation attaches nothing: its unnumbered headings are
 * questions and points, set like numbered ones.
 */
export function headingRole(heading: Heading, kind: PrintEntry['kind']): HeadingRole {
  const text = plain(heading.children)
  if (chapter.test(text)) return 'chapter'
  if (heading.level === 2) return kind === 'document' && !numberedFirst.test(text) ? 'attached-title' : 'first'
  return heading.level === 3 ? 'second' : 'third'
}

/**
 * Whether a body's first paragraph is the 主送机关 line (各县(市、区)人民政府…:),
 * which GB/T 9704 §7.3.2 sets flush left, unlike indented running text. The block
 * format has no mark for it, so it is recognised by shape: the first paragraph,
 * aligned as normal, ending with a colon.
 */
export function isAddressee(block: Block, index: number): boolean {
  if (index !== 0 || block.type !== 'paragraph' || block.align !== 'start') return false
  const text = block.children
    .map((node) => node.text)
    .join('')
    .trim()
  return text.length <= 200 && /[:：]$/.test(text)
}

/** A run of inline text as HTML. A printed page cannot be clicked, so links print as their text; soft line breaks become <br>. */
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

function plain(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => node.text)
    .join('')
    .trim()
}
