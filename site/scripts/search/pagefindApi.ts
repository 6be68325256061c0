/** The parts of Pagefind's browser API (/pagefind/pagefind.js) this site uses. */

export type FilterSelection = Record<string, string>

/** What `search` accepts: every named value must match; pages matching any `none` entry are left out. */
export type FilterQuery = { [name: string]: string | FilterSelection[] }

/** Filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>

export interface PagefindResultData {
  url: string
  /** Text with the matched words in `<mark>`; everything else HTML-escaped. */
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}

export interface PagefindResult {
  id: string
  data(): Promise<PagefindResultData>
}

export interface PagefindSearch {
  results: PagefindResult[]
}

export interface Pagefind {
  init(): Promise<void>
  filters(): Promise<FilterCounts>
  search(
    query: string | null,
    options?: { filters?: FilterQuery; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindSearch | null>
}

// Built after the site, so it cannot be bundled: load it at run time from the server.
const PAGEFIND_URL = '/pagefind/pagefind.js'

export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind
  await pagefind.init()
  return pagefind
}
