import { authorityOrder, titleAuthority } from './authority'
import { compactText, type ParsedQuery } from './queryPhrases'
import { searchWords } from './segment'

/** What the first page of full-text results is re-ordered by, read from their loaded data. */
export interface RerankItem {
  title: string
  /** 发文机关, the document number, 简称 and 关键词: where a reader's words may also name the document. */
  labels: string[]
  /** The page text as Pagefind stored it. */
  content: string
  /** Repealed or expired on the build day: a text in force goes first. */
  superseded?: boolean
  /** The kind's label (文种), which may say the level the title cannot (authority.ts). */
  kind?: string
}

/**
 * Pagefind ranks words, not names: it cannot tell that every word of the query is in one
 * title, or that the words stand together in the text. The first page is ordered again in
 * tiers, keeping Pagefind's order within each tier:
 * 0. every part of the query is in the title, the issuer or the number — as typed, or word by
 *    word (房屋征收补偿 is in 国有土地上房屋征收与补偿条例); 0.5 when a part typed as an
 *    issuer's name only begins a longer issuer's name;
 * 1. the whole query stands in the text as typed (or every quoted phrase does);
 * 2. the rest;
 * 3. results without a quoted phrase the reader asked for.
 * Within tiers 0 and 1 a text in force goes first. In tier 1 the text that says the query most
 * often comes next (产假: the regulation that grants it, not the law that mentions it once).
 * Then by authority (authority.ts): the title the query names, the higher level, the main
 * text before its implementing rules.
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
  if (parts.every((part) => named.some((label) => holds(label, part)))) {
    const labels = item.labels.map(compactText)
    const longerIssuer = (part: string) =>
      !labels.includes(part) && labels.some((label) => label.startsWith(part) && label.length > part.length)
    return parts.some((part) => part.length >= 4 && longerIssuer(part)) ? 0.5 : 0
  }
  const whole = compactText(query.words)
  if (query.phrases.length > 0 || content.includes(whole)) return 1
  return 2
}

/** The label holds the part as typed, or each of its words when none is a single character (which any title may hold). */
function holds(label: string, part: string): boolean {
  if (label.includes(part)) return true
  const words = searchWords(part).split(' ').filter(Boolean)
  return words.length > 1 && words.every((word) => word.length > 1 && label.includes(word))
}

/** The items in tier order, stable within a tier; tiers 0 and 1 also by validity, tier 1 by how often the text says it, then by authority. */
export function rerank<T>(items: readonly T[], itemOf: (item: T) => RerankItem, query: ParsedQuery): T[] {
  const whole = compactText(query.words)
  return items
    .map((item, index) => {
      const data = itemOf(item)
      const tier = rerankTier(data, query)
      return {
        item,
        index,
        tier,
        superseded: Number(data.superseded ?? false),
        said: tier === 1 && whole !== '' ? compactText(data.content).split(whole).length - 1 : 0,
        authority: titleAuthority(data.title, query.words, data.kind),
      }
    })
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        (a.tier <= 1 ? a.superseded - b.superseded || b.said - a.said || authorityOrder(a.authority, b.authority) : 0) ||
        a.index - b.index,
    )
    .map(({ item }) => item)
}
