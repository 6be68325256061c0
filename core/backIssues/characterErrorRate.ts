/**
 * How far a recognised text is from the text it should be: the edit distance in
 * characters (insertions, deletions, substitutions), and the character error rate, that
 * distance over the length of the reference. Chinese text is compared character by
 * character after NFKC (full-width and half-width forms alike) and without whitespace,
 * which print and OCR place differently and the text does not carry.
 */

/** The text as compared: NFKC, no whitespace, as code points. */
export function comparableCharacters(text: string): string[] {
  return Array.from(text.normalize('NFKC').replace(/\s+/gu, ''))
}

/** Levenshtein distance between two character sequences, in O(min(m, n)) memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a]
  let previous = Array.from({ length: short.length + 1 }, (_, index) => index)
  for (let i = 1; i <= long.length; i++) {
    const current = [i]
    for (let j = 1; j <= short.length; j++) {
      const substitution = (previous[j - 1] as number) + (long[i - 1] === short[j - 1] ? 0 : 1)
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution))
    }
    previous = current
  }
  return previous[short.length] as number
}

export type ErrorCount = { errors: number; length: number }

/** Errors of `recognised` against `reference`, and the reference's length, both in characters. */
export function characterErrors(reference: string, recognised: string): ErrorCount {
  const expected = comparableCharacters(reference)
  return { errors: editDistance(expected, comparableCharacters(recognised)), length: expected.length }
}

/** errors / length over several texts (0 when there is nothing to compare). */
export function errorRate(counts: readonly ErrorCount[]): number {
  const length = counts.reduce((sum, count) => sum + count.length, 0)
  const errors = counts.reduce((sum, count) => sum + count.errors, 0)
  return length === 0 ? (errors === 0 ? 0 : 1) : errors / length
}

/** 1 − distance / longer length: 1 for the same text, 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  const x = comparableCharacters(a)
  const y = comparableCharacters(b)
  const longer = Math.max(x.length, y.length)
  return longer === 0 ? 1 : 1 - editDistance(x, y) / longer
}
