/**
 * Page text split into words once, the way the search page splits a query (issue 21:
 * segmentation). Pagefind segments Chinese page text with its own segmenter while the browser
 * segments queries with Intl.Segmenter (ICU), so 物权法 or 带薪年休假 could be indexed as one
 * set of words and asked for as another; its segmenter also costs about 9 ms a page. Instead
 * the text handed to Pagefind is split here with the same ICU segmenter, words separated by
 * spaces, and the index is built as a language Pagefind does not segment (INDEX_LANGUAGE).
 * The search page, whose language is zh-CN, still splits queries with Intl.Segmenter and
 * falls back to this index, the only one. Only the copy given to the indexer changes: the
 * built pages keep their text as written, and the search page joins the words of excerpts
 * again (site/scripts/search/excerpt.ts).
 */

/** The language the index is built as: a tag Pagefind neither segments nor stems. */
export const INDEX_LANGUAGE = 'und'

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })
const HAN = /\p{Script=Han}/u
/** Text between tags, with the tag before it; attribute values are inside tags and never touched. */
const TEXT_RUN = /(<[^<>]*>)([^<]*\p{Script=Han}[^<]*)(?=<)/gu
/**
 * A tag whose text is a metadata or filter value (data-pagefind-meta="title",
 * data-pagefind-filter="发文机关"): shown as written in results and filters, and chosen as written.
 */
const META_TEXT = /\sdata-pagefind-(?:meta|filter)="[^":]*"/
/** Elements whose text is not page text. */
const RAW_TEXT = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi

/** The text with a space at every word boundary next to a Chinese character. */
export function segmentedText(text: string): string {
  let out = ''
  for (const { segment } of segmenter.segment(text)) {
    // Boundaries between Latin letters, digits and entities (&amp;) stay as they are.
    if (out !== '' && (HAN.test(out.at(-1) ?? '') || HAN.test(segment[0] ?? ''))) out += ' '
    out += segment
  }
  return out.replace(/ {2,}/g, ' ')
}

/**
 * The page with the text of its elements segmented; scripts, styles, tags and the text of a
 * metadata or filter element (the title results show, an issuer a reader filters by; their
 * words are in the titleWords and issuer fields) as they were.
 */
export function segmentedHtml(html: string): string {
  const kept: string[] = []
  const masked = html.replace(RAW_TEXT, (element) => {
    kept.push(element)
    return `\uE000${kept.length - 1}\uE000`
  })
  return masked
    .replace(TEXT_RUN, (run, tag: string, text: string) => (META_TEXT.test(tag) ? run : `${tag}${segmentedText(text)}`))
    .replace(/\uE000(\d+)\uE000/g, (_mark, index: string) => kept[Number(index)] ?? '')
}
