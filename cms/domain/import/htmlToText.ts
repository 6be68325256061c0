/**
 * A government web page to the plain text extractDocument reads: block elements end
 * lines, table rows become lines with their cells separated by " | " (so a metadata
 * table reads "索引号 | 734972044/201805-018 | 主题分类 | 商贸"), scripts, styles,
 * navigation, footers and form controls are dropped, and character references decoded.
 * A small tokenizer rather than a DOM: the importer runs without dependencies, and
 * pages with unclosed tags still give their text.
 */
import { decodeEntities } from './htmlEntities'

// Elements whose content is never document text.
const DROPPED = new Set(['script', 'style', 'noscript', 'nav', 'footer', 'head', 'template', 'svg', 'iframe', 'object', 'select', 'button', 'textarea', 'canvas', 'map'])
// Site templates mark navigation and footers by class or id rather than by element.
const DROPPED_CLASS_WORDS = new Set(['nav', 'navbar', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'footer', 'sidebar', 'share'])
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead',
  'tfoot', 'title', 'ul',
])
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'base', 'wbr', 'source', 'embed', 'param', 'track'])

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g

function isDropped(name: string, attributes: string): boolean {
  if (DROPPED.has(name)) return true
  if (/\brole\s*=\s*["']?navigation/i.test(attributes)) return true
  for (const m of attributes.matchAll(/\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const words = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().split(/[\s_-]+/)
    if (words.some((w) => DROPPED_CLASS_WORDS.has(w))) return true
  }
  return false
}

const collapse = (line: string): string => line.replace(/[ \t\f\r\u00A0]+/g, ' ').trim()

// `layout`: a cell holds paragraphs or a nested table, so the row is page layout, not data.
type Row = { cells: string[]; cell: string | null; layout: boolean }

/** Collects text into lines, and table cells into rows. */
class TextSink {
  private readonly lines: string[] = ['']
  private readonly rows: Row[] = []
  private readonly tables: number[] = []

  write(text: string): void {
    const row = this.rows.at(-1)
    if (!row) this.lines[this.lines.length - 1] += text
    else {
      row.cell = (row.cell ?? '') + text
      if (text.includes('\n')) row.layout = true
    }
  }

  breakLine(): void {
    if (this.rows.length > 0) this.write('\n')
    else this.lines.push('')
  }

  openTable(): void {
    this.tables.push(this.rows.length)
  }

  closeTable(): void {
    const depth = this.tables.pop() ?? 0
    while (this.rows.length > depth) this.endRow()
  }

  openRow(): void {
    // <tr> without </tr> before the next one: rows are siblings, not nested.
    if (this.rows.length > (this.tables.at(-1) ?? 0)) this.endRow()
    this.rows.push({ cells: [], cell: null, layout: false })
  }

  openCell(): void {
    this.endCell()
    if (this.rows.length <= (this.tables.at(-1) ?? 0)) this.rows.push({ cells: [], cell: null, layout: false })
    ;(this.rows.at(-1) as Row).cell = ''
  }

  endCell(): void {
    const row = this.rows.at(-1)
    if (row && row.cell !== null) {
      row.cells.push(row.cell)
      row.cell = null
    }
  }

  endRow(): void {
    this.endCell()
    const row = this.rows.pop()
    if (!row) return
    const cells = row.cells.map((c) => c.split('\n').map(collapse).filter((l) => l !== '').join('\n')).filter((c) => c !== '')
    // A layout row keeps its cells' lines; a data row is one line.
    const text = row.layout ? cells.join('\n') : cells.join(' | ')
    if (this.rows.length > 0) this.write(`\n${text}\n`)
    else this.lines.push(text, '')
  }

  text(): string {
    while (this.rows.length > 0) this.endRow()
    return this.lines.join('\n').split('\n').map(collapse).filter((line) => line !== '').join('\n')
  }
}

export function htmlToText(html: string): string {
  const sink = new TextSink()
  const skipping: string[] = []
  let preDepth = 0
  for (const m of (typeof html === 'string' ? html : '').matchAll(TOKEN)) {
    const [whole, closing, rawName, attributes = '', text] = m
    if (rawName === undefined) {
      if (skipping.length > 0 || whole.startsWith('<!') || whole.startsWith('<?')) continue
      const decoded = decodeEntities(text ?? whole)
      sink.write(preDepth > 0 ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' '))
      continue
    }
    const name = rawName.toLowerCase()
    const isClosing = closing === '/'
    const selfClosing = VOID.has(name) || whole.endsWith('/>')
    if (skipping.length > 0) {
      // Same-named elements nest inside a dropped one; count them to find its end.
      if (name === skipping.at(-1)) {
        if (isClosing) skipping.pop()
        else if (!selfClosing) skipping.push(name)
      }
      continue
    }
    if (!isClosing && isDropped(name, attributes)) {
      if (!selfClosing) skipping.push(name)
      continue
    }
    if (name === 'table') {
      if (isClosing) sink.closeTable()
      else sink.openTable()
    } else if (name === 'tr') {
      if (isClosing) sink.endRow()
      else sink.openRow()
    } else if (name === 'td' || name === 'th') {
      if (isClosing) sink.endCell()
      else sink.openCell()
    } else {
      if (name === 'pre') preDepth = Math.max(0, preDepth + (isClosing ? -1 : 1))
      if (BLOCK.has(name)) sink.breakLine()
    }
  }
  return sink.text()
}
