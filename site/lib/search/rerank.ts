import { compactText, type ParsedQuery } from './queryPhrases'

/** What the first page of full-text results is re-ordered by, read from their loaded data. */
export interface RerankItem {
  title: string
  /** 发文机关 and the document number, where a reader's words may also name the document. */
  labels: string[]
  /** The page text as Pagefind stored it. */
  content: string
}

/**
 * Pagefind ranks words, not names: it cannot tell that every word of the query is in one
 * title, or that the words stand together in the text. The first page is ordered again in
 * tiers, keeping Pagefind's order within each tier:
 * 0. every part of the query is in the title, the issuer or the number (0.5 when a part typed
 *    as an issuer's name only begins a longer issuer's name);
 * 1. the whole query stands in the text as typed (or every quoted phrase does);
 * 2. the rest;
 * 3. results without a quoted phrase the reader asked for.
 */
export function rerankTier(item: RerankItem, query: ParsedQuery): number {
  const content = compactText(item.content)
  const title = compactText(item.title)
  if (query.phrases.some((phrase) => !content.includes(phrase) && !title.includes(phrase))) return 3
  const parts = query.words.split(' ').map(compactText).filter(Boolean)
  if (parts.length === 0) return query.phrases.length > 0 ? 1 : 2
  const named = [title, ...item.labels.map(compactText)]
  // An issuer typed in full is not the start of a longer one: 河阳市人民政府 is not 河阳市人民政府办公室
  // (while 住房和城乡建设局 is 河阳市住房和城乡建设局 without its city).
  if (parts.every((part) => named.some((label) => label.includes(part)))) {
    const labels = item.labels.map(compactText)
    const longerIssuer = (part: string) =>
      !labels.includes(part) && labels.some((label) => label.startsWith(part) && label.length > part.length)
    return parts.some((part) => part.length >= 4 && longerIssuer(part)) ? 0.5 : 0
  }
  const whole = compactText(query.words)
  if (query.phrases.length > 0 || content.includes(whole)) return 1
  return 2
}

/** The items in tier order, stable within a tier. */
export function rerank<T>(items: readonly T[], itemOf: (item: T) => RerankItem, query: ParsedQuery): T[] {
  return items
    .map((item, index) => ({ item, index, tier: rerankTier(itemOf(item), query) }))
    .sort((a, b) => a.tier - b.tier || a.index - b.index)
    .map(({ item }) => item)
}
