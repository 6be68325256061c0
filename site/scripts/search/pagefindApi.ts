/** The parts of Pagefind's browser API (/pagefind/pagefind.js) this site uses. */
import { type DeltaIndex, PARTS_MANIFEST_URL, type PartsManifest, readPartsManifest } from '../../lib/search/partsManifest'
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

declare global {
  /** Set by `npm run search:eval -- --ranking <json>` to try ranking parameters without a rebuild. */
  var __GONGBAO_RANKING__: RankingOptions | undefined
}

export async function loadPagefind(): Promise<Pagefind> {
  const [pagefind, layout] = await Promise.all([import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>, indexLayout()])
  const ranking = globalThis.__GONGBAO_RANKING__ ?? RANKING
  await pagefind.options({ ranking })
  // Ranking options apply per index, so every part gets them too. The parts load side by
  // side, not one after the other (about 60 ms each on a first visit); Pagefind lists each
  // index as mergeIndex is called, before it loads, so their order stays the order here.
  const merged = [...layout.parts, ...(layout.delta ? [layout.delta.path] : [])]
  await Promise.all(merged.map((part) => pagefind.mergeIndex(part, { ranking })))
  await pagefind.init()
  return layout.delta ? withDelta(pagefind, layout.delta) : pagefind
}

/** The other parts of the index and the delta, none for a gazette indexed in one piece. */
async function indexLayout(): Promise<PartsManifest> {
  try {
    const response = await fetch(PARTS_MANIFEST_URL)
    return response.ok ? readPartsManifest(await response.json()) : readPartsManifest(null)
  } catch {
    return readPartsManifest(null)
  }
}

/**
 * The merged index as if the parts had been built again: entries superseded by the delta
 * are dropped before any fragment is fetched, a page in both with the same content (the
 * same id) is listed once, and the filter counts leave out what the parts count twice.
 */
function withDelta(pagefind: Pagefind, delta: DeltaIndex): Pagefind {
  const superseded = new Set(delta.superseded)
  const repeated = new Set(delta.repeated)
  return {
    options: (options) => pagefind.options(options),
    mergeIndex: (path, options) => pagefind.mergeIndex(path, options),
    init: () => pagefind.init(),
    filters: async () => subtractCounts(await pagefind.filters(), delta.overcounted),
    search: async (query, options) => {
      const found = await pagefind.search(query, options)
      if (!found) return found
      // Ids are unique within an index, not across indexes: the build made sure these are not shared.
      const seen = new Set<string>()
      const results = found.results.filter((result) => {
        if (superseded.has(result.id)) return false
        if (!repeated.has(result.id)) return true
        if (seen.has(result.id)) return false
        seen.add(result.id)
        return true
      })
      return { ...found, results }
    },
  }
}

function subtractCounts(counts: FilterCounts, overcounted: DeltaIndex['overcounted']): FilterCounts {
  const result: FilterCounts = {}
  for (const [name, values] of Object.entries(counts)) {
    const kept: Record<string, number> = {}
    for (const [value, count] of Object.entries(values)) {
      const left = count - (overcounted[name]?.[value] ?? 0)
      if (left > 0) kept[value] = left
    }
    result[name] = kept
  }
  return result
}
