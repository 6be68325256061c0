/**
 * Running heads, page numbers (页码, GB/T 9704 §7.5: — 3 —) and footers: what a printed
 * page carries in its top and bottom margins on every page, and which is no part of any
 * document. A line counts when it stands in a margin band and either reads as a page
 * number or repeats (digits aside, and allowing OCR's slips) on several other pages.
 * The page number is kept: contents refer to printed numbers, not to positions in the file.
 */
import { similarity } from './characterErrorRate'
import { matchKey } from './matchKey'
import type { PageText, TextLine } from './pageText'

export type PageBody = {
  page: number
  lines: TextLine[]
  /** The page number printed on the page, when one was found. */
  folio: number | null
  /** The furniture removed, as printed (for the report). */
  furniture: string[]
}

/** Share of the page height, at the top and at the bottom, where furniture may stand. */
const BAND = 0.12
/** How alike two margin lines must be to count as the same running head. */
const SAME_HEAD = 0.7

const FOLIO = /^[\s\-—–－一~～·•.．]*(?:第\s*)?(\d{1,4})(?:\s*页)?[\s\-—–－一~～·•.．]*$/u
const RULE = /^[\s\-—–－_─━=＝.·…]*$/u

/** The page number a line prints, or null. */
export function readFolio(text: string): number | null {
  const m = FOLIO.exec(text.normalize('NFKC'))
  return m ? Number(m[1]) : null
}

export function stripPageFurniture(pages: readonly PageText[]): PageBody[] {
  const inBand = (page: PageText, line: TextLine) => line.y + line.size < page.height * BAND || line.y > page.height * (1 - BAND)
  const keyOf = (text: string) => matchKey(text).replace(/\d+/gu, '#')
  const candidates = pages.map((page) => page.lines.filter((line) => inBand(page, line)).map((line) => keyOf(line.text)))
  // On a fifth of the other pages; a short file's running head need only repeat once.
  const needed = Math.max(1, Math.round(pages.length * 0.2))
  const repeated = (index: number, key: string): boolean => {
    let count = 0
    candidates.forEach((keys, other) => {
      if (other !== index && keys.some((k) => k === key || similarity(k, key) >= SAME_HEAD)) count++
    })
    return count >= needed
  }
  return pages.map((page, index) => {
    const body: TextLine[] = []
    const furniture: string[] = []
    let folio: number | null = null
    for (const line of page.lines) {
      if (RULE.test(line.text)) continue
      const number = inBand(page, line) ? readFolio(line.text) : null
      if (number !== null) {
        folio ??= number
        furniture.push(line.text)
      } else if (inBand(page, line) && keyOf(line.text).length >= 2 && repeated(index, keyOf(line.text))) {
        furniture.push(line.text)
      } else {
        body.push(line)
      }
    }
    return { page: page.page, lines: body, folio, furniture }
  })
}
