/**
 * Titles on scanned pages. A scan's pages are checked against the text OCR read at import,
 * and an editor proofreading the entry corrects the characters OCR misread: the corrected
 * title is then no longer in that text verbatim, although the page prints it. On a scanned
 * page a title counts as printed when the page holds it with a few characters read wrong:
 * at most one in ten (at least one), never a digit (a year or a serial decides which
 * document it is, and the numbers were taken from the contents, not the misreads).
 *
 * Approximate substring matching (Sellers' dynamic programme: the fewest edits turning the
 * title into some stretch of the page) rather than a library: the few lines needed, with
 * the digit rule, are less than wrapping a fuzzy-search package for it.
 */
import { normalizeForMatch } from './matchText'

const DIGIT = /\p{Nd}/u

/** Edits a title of this many characters may differ by on a scanned page. */
export function ocrTolerance(length: number): number {
  return Math.max(1, Math.floor(length / 10))
}

/** Whether the page text (as OCR read it) holds the title, allowing OCR's misreads. */
export function titleReadOnScan(pageText: string, title: string): boolean {
  const needle = [...normalizeForMatch(title)]
  if (needle.length === 0) return false
  const page = normalizeForMatch(pageText)
  if (page.includes(needle.join(''))) return true
  return substringDistance(needle, [...page], ocrTolerance(needle.length)) <= ocrTolerance(needle.length)
}

/**
 * The fewest edits turning `pattern` into some substring of `text`, where an edit may not
 * add, drop or change a digit; anything above `limit` is reported as limit + 1.
 */
export function substringDistance(pattern: readonly string[], text: readonly string[], limit: number): number {
  const over = limit + 1
  const cost = (char: string) => (DIGIT.test(char) ? over : 1)
  // Row 0: the empty pattern matches before any character at no cost.
  let previous: number[] = new Array<number>(text.length + 1).fill(0)
  for (let i = 1; i <= pattern.length; i++) {
    const wanted = pattern[i - 1] as string
    const row: number[] = [Math.min(over, (previous[0] as number) + cost(wanted))]
    for (let j = 1; j <= text.length; j++) {
      const seen = text[j - 1] as string
      const substitute = (previous[j - 1] as number) + (wanted === seen ? 0 : Math.max(cost(wanted), cost(seen)))
      const drop = (previous[j] as number) + cost(wanted)
      const insert = (row[j - 1] as number) + cost(seen)
      row.push(Math.min(over, substitute, drop, insert))
    }
    previous = row
  }
  return Math.min(...previous)
}
