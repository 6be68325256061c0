/**
 * A government web page to the plain text extractDocument reads: block elements end
 * lines, table rows become lines with their cells separated by " | " (so a metadata
 * table reads "索引号 | 734972044/201805-018 | 主题分类 | 商贸"), scripts, styles,
 * navigation and form controls are dropped, and character references decoded.
 * A small tokenizer rather than a DOM: the importer runs without dependencies, and
 * pages with unclosed tags still give their text.
 */
import { decodeEntities } from './htmlEntities'

// Elements whose content is never document text.
const DROPPED = new Set(['script', 'style', 'noscript', 'nav', 'head', 'template', 'svg', 'iframe', 'object', 'select', 'button', 'textarea', 'canvas', 'map'])
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'thead', 'tfoot', 'title', 'ul',
])
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'base', 'wbr', 'source', 'embed', 'param', 'track'])

type Row = { cells: string[]; cell: string | null }

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g

export function htmlToText(html: string): string {
  const source = typeof html === 'string' ? html : ''
  const out: string[] = ['']
  const rows: Row[] = []
  const skipping: string[] = []
  let preDepth = 0

  const write = (text: string) => {
    const row = rows.at(-1)
    if (row && row.cell !== null) row.cell += text
    else if (row) row.cell = text
    else out[out.length - 1] += text
  }
  const breakLine = () => {
    const row = rows.at(-1)
    if (row) write('\n')
    else out.push('')
  }
  const endCell = () => {
    const row = rows.at(-1)
    if (row && row.cell !== null) {
      row.cells.push(row.cell)
      row.cell = null
    }
  }
  const endRow = () => {
    endCell()
    const row = rows.pop()
    if (!row) return
    const cells = row.cells.map((c) => c.split('\n').map(collapse).filter((l) => l !== '').join('\n')).filter((c) => c !== '')
    // A layout cell holding paragraphs keeps its lines; data cells share one line.
    const text = cells.some((c) => c.includes('\n')) ? cells.join('\n') : cells.join(' | ')
    if (rows.length > 0) write(`\n${text}\n`)
    else out.push(text, '')
  }

  for (const m of source.matchAll(TOKEN)) {
    const [whole, closing, rawName, , text] = m
    if (rawName === undefined) {
      if (skipping.length > 0 || whole.startsWith('<!') || whole.startsWith('<?')) continue
      const decoded = decodeEntities(text ?? whole)
      write(preDepth > 0 ? decoded : decoded.replace(/[ \t\r\n\f]+/g, ' '))
      continue
    }
    const name = rawName.toLowerCase()
    const isClosing = closing === '/'
    if (skipping.length > 0) {
      if (name === skipping.at(-1)) {
        if (isClosing) skipping.pop()
        else if (!VOID.has(name) && !whole.endsWith('/>')) skipping.push(name)
      }
      continue
    }
    if (DROPPED.has(name)) {
      if (!isClosing && !whole.endsWith('/>')) skipping.push(name)
      continue
    }
    if (name === 'tr') {
      if (isClosing) endRow()
      else {
        if (rows.length > 0 && rows.at(-1)?.cell === null && (rows.at(-1)?.cells.length ?? 0) > 0) endRow()
        rows.push({ cells: [], cell: null })
      }
      continue
    }
    if (name === 'td' || name === 'th') {
      endCell()
      if (!isClosing) {
        if (rows.length === 0) rows.push({ cells: [], cell: null })
        ;(rows.at(-1) as Row).cell = ''
      }
      continue
    }
    if (name === 'table' && isClosing) while (rows.length > 0) endRow()
    if (name === 'pre') preDepth = Math.max(0, preDepth + (isClosing ? -1 : 1))
    if (BLOCK.has(name)) breakLine()
  }
  while (rows.length > 0) endRow()
  return out
    .join('\n')
    .split('\n')
    .map(collapse)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function collapse(line: string): string {
  return line.replace(/[ \t\f\r\u00A0]+/g, (s) => (s.includes('\u00A0') ? ' ' : ' ')).trim()
}
