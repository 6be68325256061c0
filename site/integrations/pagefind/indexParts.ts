/**
 * Which part of the search index each indexed page goes to. Pagefind holds a whole part
 * in memory while it builds it (about 0.85 MB per Chinese page), so a large gazette is
 * indexed in parts of consecutive years, a few side by side, and the search page merges
 * them in the browser. A small gazette stays one index. Pure: the integration reads the
 * pages, this decides.
 */
import { PARTS_MANIFEST_URL } from '../../lib/search/partsManifest'

export type IndexedPage = { file: string; year: string }

/**
 * SEARCH_INDEX_PART_SIZE's default: about five parts at 10,000 documents. Smaller parts need
 * less memory to build (two parts of 2,500 built side by side peak at about 4.6 GB with
 * Astro's own 1 GB; parts of 900 keep a 10,000-document build under 3 GB), but every part
 * adds its metadata and its word chunks to a reader's first search (3.1 MB instead of 1.2 MB
 * at 10,000 documents in 20 parts): the reader's download is preferred over the build's memory.
 */
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

/** The parts manifest (site/lib/search/partsManifest.ts) as a path inside the built site. */
export const PARTS_MANIFEST = PARTS_MANIFEST_URL.replace(/^\//, '')
