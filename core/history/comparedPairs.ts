/**
 * Which two versions of a document the static site compares (issue 22: 任意两个版本对照).
 * A static site cannot compute a comparison when a reader asks for it, so each comparison it
 * offers is a page written by the build, and the number of pages must stay bounded:
 *
 * - Up to ALL_PAIRS_UP_TO versions, every pair: n(n−1)/2 comparisons, 28 at 8 versions, each
 *   a page holding about the whole text. Few documents are amended more often than that.
 * - Past it, the pairs grow with the square of the versions (a regulation amended 20 times
 *   would need 190 pages of its whole text), so only the two comparisons readers ask for
 *   most: each version with the one before it (what each amendment did) and each with the
 *   current text (what changed since the text I know), 2n−3 in all.
 *
 * Two versions only have the one comparison, which is the later one's changes page; the
 * comparison form (site: /documents/<id>/compare/) is for three versions and more.
 */

/** Documents with up to this many versions have every pair compared. */
export const ALL_PAIRS_UP_TO = 8

/** From this many versions a document has its comparison form: with two, the changes page is the comparison. */
export const COMPARE_FORM_FROM = 3

/** Two versions by number (1-based), the earlier first. */
export type VersionPair = { from: number; to: number }

export const hasCompareForm = (versionCount: number): boolean => versionCount >= COMPARE_FORM_FROM

/** Every pair the site compares for a document with this many versions, by `to` then `from`. */
export function comparedPairs(versionCount: number): VersionPair[] {
  const pairs: VersionPair[] = []
  for (let to = 2; to <= versionCount; to++) {
    for (let from = 1; from < to; from++) {
      if (versionCount <= ALL_PAIRS_UP_TO || from === to - 1 || to === versionCount) pairs.push({ from, to })
    }
  }
  return pairs
}

/** Whether the site compares these two versions (in either order). */
export function isComparedPair(versionCount: number, a: number, b: number): boolean {
  const from = Math.min(a, b)
  const to = Math.max(a, b)
  return comparedPairs(versionCount).some((pair) => pair.from === from && pair.to === to)
}
