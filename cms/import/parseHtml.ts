/**
 * A saved government web page to the parser-free ParsedPage the extraction rules read
 * (core/import/pageBlocks.ts). htmlparser2 (with its `entities` decoder) does the
 * parsing: it is small, fast, dependency-light and well kept, decodes every HTML5
 * character reference, and recovers from the malformed markup real pages carry
 * (unclosed <p>, <td> and <tr>, stray end tags, attributes without quotes) the way
 * browsers do, so the rules no longer depend on a tokenizer of our own.
 *
 * Paragraph-level elements start blocks and <br> starts a line within one, so a title
 * wrapped with <br> or split over spans stays one block. A table row whose cells hold
 * only inline text is a data row (metadata tables: 索引号 | 000014349/2019-00007); a row
 * whose cells hold paragraphs, line breaks or tables is page layout, read as blocks.
 * Scripts, styles, comments, forms, navigation and footers are dropped.
 */
import { type ChildNode, type Element, isTag, isText } from 'domhandler'
import { parseDocument } from 'htmlparser2'

import type { PageBlock, ParsedPage } from '../../core/import/pageBlocks'

// Elements whose content is never document text.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'footer',
  'head',
  'template',
  'svg',
  'iframe',
  'object',
  'select',
  'button',
  'textarea',
  'canvas',
  'map',
  'title',
])
// Site templates mark navigation and footers by class or id rather than by element.
const DROPPED_CLASS_WORDS = new Set(['nav', 'navbar', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'footer', 'sidebar', 'share'])
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
])
// What makes a table cell page layout rather than a data value.
const LAYOUT = new Set([...BLOCK, 'br'])

function isDropped(element: Element): boolean {
  if (DROPPED.has(element.name)) return true
  if (/^navigation$/i.test(element.attribs.role ?? '')) return true
  const words = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`.toLowerCase().split(/[\s_-]+/)
  return words.some((word) => DROPPED_CLASS_WORDS.has(word)) || isLinkList(element)
}

const LINK_LIST_ELEMENTS = new Set(['div', 'ul', 'ol', 'dl', 'span'])
const SEPARATORS = /^[\s|｜·•/、>＞»›\-–—]*$/u
// Links to files are attachments, not navigation.
const FILE_LINK = /^附件|\.(?:docx?|xlsx?|pdf|wps|ofd|zip|rar|et)$/iu

/**
 * A block of nothing but links (two or more) and separators: a menu or link bar whatever
 * its class is called ("sx-navs", "dhlm", "lj"). A link to a file keeps its block.
 */
function isLinkList(element: Element): boolean {
  if (!LINK_LIST_ELEMENTS.has(element.name)) return false
  const links: string[] = []
  let other = ''
  const visit = (node: ChildNode) => {
    if (isText(node)) other += node.data
    else if (isTag(node) && node.name === 'a') links.push(textOf(node).trim())
    else if (isTag(node) && !DROPPED.has(node.name)) node.children.forEach(visit)
  }
  element.children.forEach(visit)
  return links.length >= 2 && SEPARATORS.test(other) && !links.some((text) => FILE_LINK.test(text))
}

class BlockSink {
  readonly blocks: PageBlock[] = []
  private lines: string[] = ['']

  write(text: string): void {
    this.lines[this.lines.length - 1] += text
  }

  lineBreak(): void {
    this.lines.push('')
  }

  flush(): void {
    const lines = this.lines.map((line) => line.replace(/[ \t\f\r\n\u00A0]+/g, ' ').trim())
    if (lines.some((line) => line !== '')) this.blocks.push({ kind: 'text', lines: lines.filter((line) => line !== '') })
    this.lines = ['']
  }

  row(cells: string[]): void {
    this.flush()
    if (cells.some((cell) => cell.trim() !== '')) this.blocks.push({ kind: 'row', cells })
  }
}

function hasLayout(node: ChildNode): boolean {
  return isTag(node) && !isDropped(node) && (LAYOUT.has(node.name) || node.children.some(hasLayout))
}

function textOf(node: ChildNode, pre = false): string {
  if (isText(node)) return pre ? node.data : node.data.replace(/[ \t\f\r\n]+/g, ' ')
  if (!isTag(node) || isDropped(node)) return ''
  return node.children.map((child) => textOf(child, pre || node.name === 'pre')).join('')
}

/** The rows of a table, not those of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = []
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!isTag(child)) continue
      if (child.name === 'tr') rows.push(child)
      else if (child.name !== 'table' && child.name !== 'td' && child.name !== 'th') visit(child)
    }
  }
  visit(table)
  return rows
}

function walk(node: ChildNode, sink: BlockSink): void {
  if (isText(node)) {
    sink.write(node.data)
    return
  }
  if (!isTag(node) || isDropped(node)) return
  if (node.name === 'br') return sink.lineBreak()
  if (node.name === 'pre') {
    sink.flush()
    for (const line of textOf(node, true).split('\n')) {
      sink.write(line)
      sink.lineBreak()
    }
    return sink.flush()
  }
  if (node.name === 'table') return walkTable(node, sink)
  const block = BLOCK.has(node.name)
  if (block) sink.flush()
  for (const child of node.children) walk(child, sink)
  if (block) sink.flush()
}

function walkTable(table: Element, sink: BlockSink): void {
  sink.flush()
  for (const row of rowsOf(table)) {
    const cells = row.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'))
    if (cells.some((cell) => cell.children.some(hasLayout))) {
      for (const cell of cells) {
        for (const child of cell.children) walk(child, sink)
        sink.flush()
      }
    } else sink.row(cells.map((cell) => textOf(cell).trim()))
  }
  sink.flush()
}

export function parseHtml(html: string): ParsedPage {
  const document = parseDocument(typeof html === 'string' ? html : '', { decodeEntities: true })
  const sink = new BlockSink()
  for (const child of document.children) walk(child, sink)
  sink.flush()
  return { kind: 'page', blocks: sink.blocks }
}

/** The page as plain lines (rows with " | " between cells): for previews and tests. */
export function pageText(page: ParsedPage): string {
  return page.blocks
    .flatMap((block) =>
      block.kind === 'row'
        ? [
            block.cells
              .map((c) => c.replace(/\s+/g, ' ').trim())
              .filter((c) => c !== '')
              .join(' | '),
          ]
        : block.lines,
    )
    .join('\n')
}
