import type { NumberEntry } from '../../lib/numbers/entry'
import { readLookupFile } from '../../lib/numbers/lookupFile'
import { numberPartsIn, sameParts } from '../../lib/numbers/parts'
import { lookupPath } from '../../../core/addresses'

export type FetchJson = (path: string) => Promise<unknown>

/**
 * Finds the documents whose 发文字号 or 统一编号 is the number a reader typed, in any
 * variant, without Pagefind: the query is parsed by the CMS's own rules and looked up
 * in the build's lookup file for that code, so the match never depends on word ranking.
 */
export function createNumberLookup(fetchJson: FetchJson = fetchSameOrigin): (query: string) => Promise<NumberEntry[]> {
  // One fetch per lookup file and page view; a failed fetch is forgotten so it can be retried.
  const files = new Map<string, Promise<NumberEntry[]>>()
  const entriesAt = (path: string) => {
    let entries = files.get(path)
    if (!entries) {
      entries = fetchJson(path).then(readLookupFile, (error: unknown) => {
        console.error(error)
        files.delete(path)
        return []
      })
      files.set(path, entries)
    }
    return entries
  }

  return async (query) => {
    const wanted = numberPartsIn(query)
    const found = await Promise.all(
      wanted.map(async (parts) => (await entriesAt(lookupPath(parts))).filter((entry) => sameParts(entry.parts, parts))),
    )
    // Each document once, in the order the query names the numbers.
    return [...new Map(found.flat().map((entry) => [entry.url, entry])).values()]
  }
}

export async function fetchSameOrigin(path: string): Promise<unknown> {
  const response = await fetch(path)
  // A code no public document uses has no file; the host answers 404 with its error page.
  return response.ok ? response.json() : null
}
