/**
 * Chinese text split into words the way the search page splits a query: Pagefind 1.6
 * segments queries with the browser's Intl.Segmenter (ICU), while it indexes page text with
 * its own segmenter. Fields written with these words therefore match the query's words exactly.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })

/** The words of the text, separated by spaces; punctuation dropped. */
export function searchWords(text: string): string {
  const words: string[] = []
  for (const { segment, isWordLike } of segmenter.segment(text.normalize('NFKC'))) {
    if (isWordLike) words.push(segment.toLowerCase())
  }
  return words.join(' ')
}
