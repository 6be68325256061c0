/**
 * Reads the page numbers a printed table of contents gives, from the text of its
 * pages. Each line is the entry's label followed by its page number (the dot leader
 * is a border, not text), so the number is the run of digits between the end of the
 * label and the start of the next label: a next title such as 2022年… must not run
 * into the number.
 */
import { normalizeForMatch } from './matchText'

/** One page number per label, in order; null where the label or its number is not found. */
export function readContentsPages(contentsText: string, labels: readonly string[]): Array<number | null> {
  const text = normalizeForMatch(contentsText)
  const spans: Array<{ start: number; end: number } | null> = []
  let cursor = 0
  for (const label of labels) {
    const needle = normalizeForMatch(label)
    const at = needle === '' ? -1 : text.indexOf(needle, cursor)
    if (at < 0) {
      spans.push(null)
      continue
    }
    spans.push({ start: at, end: at + needle.length })
    cursor = at + needle.length
  }
  return spans.map((span, index) => {
    if (!span) return null
    const next = spans.slice(index + 1).find((later) => later !== null)
    const digits = /^\d+/.exec(text.slice(span.end, next ? next.start : undefined))
    return digits ? Number(digits[0]) : null
  })
}
