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
  /** Adds another index (a part of a large gazette's index) to every search. */
  mergeIndex(indexPath: string, options?: { ranking?: RankingOptions }): Promise<void>
  init(): Promise<void>
  filters(): Promise<FilterCounts>
  search(query: string | null, options?: { filters?: FilterQuery; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>
}

// Built after the site, so it cannot be bundled: load it at run time from the server.
const PAGEFIND_URL = '/pagefind/pagefind.js'
// A large gazette's index comes in parts by year (site/integrations/pagefind/indexParts.ts).
const PARTS_URL = '/pagefind/parts.json'

declare global {
  /** Set by `npm run search:eval -- --ranking <json>` to try ranking parameters without a rebuild. */
  var __GONGBAO_RANKING__: RankingOptions | undefined
}

export async function loadPagefind(): Promise<Pagefind> {
  const [pagefind, parts] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, indexParts()])
  const ranking = globalThis.__GONGBAO_RANKING__ ?? RANKING
  await pagefind.options({ ranking })
  // Ranking options apply per index, so every part gets them too.
  for (const part of parts) await pagefind.mergeIndex(part, { ranking })
  await pagefind.init()
  return pagefind
}

/** The other parts of the index, none for a gazette indexed in one piece. */
async function indexParts(): Promise<string[]> {
  try {
    const response = await fetch(PARTS_URL)
    if (!response.ok) return []
    const parts: unknown = await response.json()
    return Array.isArray(parts)
      ? parts.filter((part): part is string => typeof part === 'string' && part.startsWith('/pagefind-parts/'))
      : []
  } catch {
    return []
  }
}
