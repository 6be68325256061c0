import { isNumberEntry, type NumberEntry } from './entry'

/**
 * The exact-lookup file beside each code's (or order issuer's) page: every number of that
 * code, so the search page fetches one small file for a typed number instead of a
 * register of the whole gazette.
 */
export interface LookupFile {
  entries: NumberEntry[]
}

export function lookupFileResponse(entries: NumberEntry[]): Response {
  const file: LookupFile = { entries }
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}

/** The entries of a fetched lookup file; anything malformed is dropped, never trusted. */
export function readLookupFile(json: unknown): NumberEntry[] {
  if (typeof json !== 'object' || json === null) return []
  const { entries } = json as Partial<Record<keyof LookupFile, unknown>>
  return Array.isArray(entries) ? entries.filter(isNumberEntry) : []
}
