/**
 * Which part of the search index each indexed page goes to. Pagefind holds one whole
 * index in memory while it builds (about 1.1 MB per Chinese page: 11 GB at 10,000
 * documents), so a large gazette is indexed in parts of consecutive years, one after
 * another, and the search page merges them in the browser. A small gazette stays one
 * index. Pure: the integration reads the pages, this decides.
 */
export type IndexedPage = { file: string; year: string }

/** SEARCH_INDEX_PART_SIZE: indexed pages per part (default 2,500; a year is never split). */
export const DEFAULT_PART_SIZE = 2500

export function indexParts(pages: readonly IndexedPage[], partSize: number): IndexedPage[][] {
  const byYear = new Map<string, IndexedPage[]>()
  for (const page of pages) byYear.set(page.year, [...(byYear.get(page.year) ?? []), page])
  // Newest years first: the primary index holds what readers look for most.
  const years = [...byYear.keys()].sort((a, b) => b.localeCompare(a))
  const parts: IndexedPage[][] = []
  let current: IndexedPage[] = []
  for (const year of years) {
    const yearPages = byYear.get(year) ?? []
    if (current.length > 0 && current.length + yearPages.length > partSize) {
      parts.push(current)
      current = []
    }
    current = [...current, ...yearPages]
  }
  if (current.length > 0) parts.push(current)
  return parts
}

/** Where part `index` is written and served: the first is Pagefind's usual /pagefind/. */
export function partPath(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind-parts/${index}`
}

/** The list of the other parts, read by the search page before its first query. */
export const PARTS_MANIFEST = 'pagefind/parts.json'
