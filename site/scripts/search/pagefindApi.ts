/** The parts of Pagefind's browser API (/pagefind/pagefind.js) this site uses. */
import { RANKING, type RankingOptions } from '../../lib/search/ranking'

export type FilterSelection = Record<string, string>

/** What `search` accepts: every named value must match; pages matching any `none` entry are left out. */
export type FilterQuery = { [name: string]: string | FilterSelection[] }

/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>

export interface PagefindResultData {
  url: string
  /** Text with the matched words in `<mark>`; everything else HTML-escaped. */
  excerpt: string
  /** The indexed text of the page, zero-width spaces removed. */
  content: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}

export interface PagefindResult {
  id: string
  /** Metadata fields the query matched (Pagefind ≥ 1.5), e.g. title. */
  matchedMetaFields?: string[]
  data(): Promise<PagefindResultData>
}

export interface PagefindSearch {
  results: PagefindResult[]
}

export interface Pagefind {
  options(options: { ranking?: RankingOptions }): Promise<void>
  init(): Promise<void>
  filters(): Promise<FilterCounts>
  search(
    query: string | null,
    options?: { filters?: FilterQuery; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>
}

// Built after the site, so it cannot be bundled: load it at run time from the server.
const PAGEFIND_URL = '/pagefind/pagefind.js'

declare global {
  /** Set by `npm run search:eval -- --ranking <json>` to try ranking parameters without a rebuild. */
  var __GONGBAO_RANKING__: RankingOptions | undefined
}

export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
  await pagefind.options({ ranking: globalThis.__GONGBAO_RANKING__ ?? RANKING })
  await pagefind.init()
  return pagefind
}
