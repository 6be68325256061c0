/**
 * Chinese text as words, for comparing versions: Intl.Segmenter('zh', word) splits it the
 * way ICU's dictionary does (申请|人|取得|信息|网络|安全), in Node and in the browser alike,
 * so that a changed word shows as a word and not as scattered characters. Texts are compared
 * folded: full-width and half-width forms alike (（一） and (一)), whitespace ignored, so a
 * copy's typography is never reported as a change of wording.
 */

let segmenter: Intl.Segmenter | null = null

/** Every segment of the text, words, punctuation and spaces alike: joined, they give the text back. */
export function chineseWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  return Array.from(segmenter.segment(text), (part) => part.segment)
}

/** The text as comparisons see it: NFKC (full-width forms to half-width), no whitespace. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '')
}
