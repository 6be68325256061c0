/**
 * A small typesetter for the back-issue reader's unit tests: it lays out an issue as
 * positioned lines the way a gazette prints one (GB/T 9704 on A4, in points): a cover, a
 * contents page, then entries, each a title in 22 pt centred over as many lines as it
 * needs, an optional 发文字号, paragraphs of 16 pt running text (first line indented two
 * characters, 27 characters to the line, the last line short), right-aligned signature
 * lines, a running head and a page number — and page breaks where the type area is full.
 * The reader must find back exactly what went in.
 */
import type { PageText, TextLine } from '../../../core/backIssues'

export const PAGE = { width: 595, height: 842, left: 80, right: 512, top: 110, bottom: 740 }
const BODY = 16
const PITCH = 29
const TITLE = 22
const PER_LINE = Math.floor((PAGE.right - PAGE.left) / BODY)

export type Piece =
  | { kind: 'section'; text: string }
  | { kind: 'title'; text: string }
  | { kind: 'number'; text: string }
  | { kind: 'paragraph'; text: string; indent?: boolean }
  | { kind: 'right'; text: string }
  | { kind: 'display'; text: string }
  | { kind: 'newPage' }

export type ContentsLine = { section?: string; label: string; page: string }

export type IssueLayout = {
  /** The running head printed on every page but the cover. */
  head?: string
  /** The number printed on file page n (null for none): page numbers straight through by default. */
  folio?: (page: number) => string | null
  cover?: string[]
  contents?: ContentsLine[]
  /** Each entry starts on a new page. */
  entries: Piece[][]
}

/** Characters of the text, as the typesetter sets them (all one em wide). */
const chars = (text: string) => Array.from(text)

export function typesetIssue(layout: IssueLayout): PageText[] {
  const pages: PageText[] = []
  const folio = layout.folio ?? ((page: number) => `— ${page} —`)
  let lines: TextLine[] = []
  let y = PAGE.top
  const line = (text: string, x: number, size: number, at = y): TextLine => ({ text, x, y: at, width: chars(text).length * size, size })
  const finish = () => {
    const number = pages.length + 1
    const furniture: TextLine[] = []
    if (number > 1 && layout.head) furniture.push(line(layout.head, 220, 10.5, 60))
    const printed = number > 1 ? folio(number) : null
    if (printed) furniture.push(line(printed, number % 2 === 1 ? 460 : 95, 14, 790))
    pages.push({ page: number, width: PAGE.width, height: PAGE.height, lines: [...furniture, ...lines], ocr: false })
    lines = []
    y = PAGE.top
  }
  const room = (size: number) => {
    if (y + size > PAGE.bottom) finish()
  }
  const centred = (text: string, size: number) => {
    const perLine = Math.floor((PAGE.right - PAGE.left) / size) - 2
    const all = chars(text)
    for (let start = 0; start < all.length; start += perLine) {
      room(size)
      const part = all.slice(start, start + perLine).join('')
      lines.push(line(part, (PAGE.left + PAGE.right - chars(part).length * size) / 2, size))
      y += size * 1.5
    }
    y += size / 2
  }

  if (layout.cover) {
    y = 200
    for (const text of layout.cover) {
      lines.push(line(text, (PAGE.width - chars(text).length * 30) / 2, 30))
      y += 60
    }
    finish()
  }
  if (layout.contents) {
    centred('目　录', TITLE)
    let section: string | undefined
    for (const entry of layout.contents) {
      if (entry.section && entry.section !== section) {
        section = entry.section
        room(BODY)
        lines.push(line(section, PAGE.left, BODY))
        y += PITCH
      }
      const perLine = PER_LINE - 5
      const all = chars(entry.label)
      for (let start = 0; start < all.length; start += perLine) {
        room(BODY)
        const part = all.slice(start, start + perLine).join('')
        const x = PAGE.left + (start === 0 ? 2 : 3) * BODY
        lines.push(line(part, x, BODY))
        if (start + perLine >= all.length) lines.push(line(entry.page, PAGE.right - chars(entry.page).length * 9, BODY))
        y += PITCH
      }
    }
    finish()
  }
  for (const entry of layout.entries) {
    for (const piece of entry) {
      switch (piece.kind) {
        case 'newPage':
          finish()
          break
        case 'section':
          room(14)
          lines.push(line(piece.text, PAGE.left, 14))
          y += 14 * 1.6 + PITCH
          break
        case 'title':
          centred(piece.text, TITLE)
          break
        case 'display':
          centred(piece.text, TITLE)
          break
        case 'number':
          room(BODY)
          lines.push(line(piece.text, (PAGE.left + PAGE.right - chars(piece.text).length * BODY) / 2, BODY))
          y += PITCH * 1.5
          break
        case 'right':
          room(BODY)
          lines.push(line(piece.text, PAGE.right - 2 * BODY - chars(piece.text).length * BODY, BODY))
          y += PITCH
          break
        case 'paragraph': {
          const indent = piece.indent === false ? 0 : 2
          const all = chars(piece.text)
          let start = 0
          let first = true
          while (start < all.length) {
            room(BODY)
            const width = PER_LINE - (first ? indent : 0)
            const part = all.slice(start, start + width).join('')
            const x = PAGE.left + (first ? indent : 0) * BODY
            // Justified: a full line reaches the right margin.
            const full = start + width < all.length
            lines.push({ text: part, x, y, width: full ? PAGE.right - x : chars(part).length * BODY, size: BODY })
            y += PITCH
            start += width
            first = false
          }
          break
        }
      }
    }
    if (lines.length > 0) finish()
  }
  return pages
}
