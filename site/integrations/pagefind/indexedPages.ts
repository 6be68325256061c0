import { open, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { IndexedPage } from './indexParts'
import { filterTag, searchFilters } from '../../../core/search/filterNames'

/**
 * How much of a page is read to find its data-pagefind-body and 年份 filter: they sit about
 * 2 KB in, so an indexed page is read in full only once, by the worker that indexes it.
 */
const HEAD_BYTES = 8192
const READS_IN_FLIGHT = 32
const YEAR_FILTER = new RegExp(`data-pagefind-filter="${filterTag(searchFilters.year, '(\\d{4})')}"`)

/**
 * The pages that opt in with data-pagefind-body, each with the year of its 年份 filter
 * (document and interpretation pages carry one); other pages are not indexed.
 */
export async function indexedPages(siteDir: string): Promise<IndexedPage[]> {
  const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(join(siteDir, 'pagefind')))
    .sort()
  const pages: (IndexedPage | undefined)[] = []
  // A few reads in flight at a time: one by one, the scan waits on each file in turn.
  for (let start = 0; start < files.length; start += READS_IN_FLIGHT) {
    pages.push(...(await Promise.all(files.slice(start, start + READS_IN_FLIGHT).map(indexedPage))))
  }
  return pages.filter((page) => page !== undefined)
}

async function indexedPage(file: string): Promise<IndexedPage | undefined> {
  const { head, whole } = await readHead(file)
  // A page whose head does not tell is read in full, so a longer head never drops a page from search.
  const html = whole || (head.includes('data-pagefind-body') && YEAR_FILTER.test(head)) ? head : await readFile(file, 'utf8')
  if (!html.includes('data-pagefind-body')) return undefined
  return { file, year: YEAR_FILTER.exec(html)?.[1] ?? '0000' }
}

async function readHead(file: string): Promise<{ head: string; whole: boolean }> {
  const handle = await open(file)
  try {
    const buffer = Buffer.allocUnsafe(HEAD_BYTES)
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
    return { head: buffer.toString('utf8', 0, bytesRead), whole: bytesRead < HEAD_BYTES }
  } finally {
    await handle.close()
  }
}
