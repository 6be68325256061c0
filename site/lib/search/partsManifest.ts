/**
 * `/pagefind/parts.json`: how the search index of a large gazette is laid out, read by the
 * search page before its first query. The full index comes in parts (by year, newest
 * first; the first is Pagefind's usual /pagefind/). Pages rendered again since the full
 * index was built are in a small delta index; their old entries in the parts are
 * superseded, and their filter values are subtracted from the parts' filter counts.
 */
export type PartsManifest = {
  /** The parts after /pagefind/, as site addresses (/pagefind-parts/1/…). */
  parts: string[]
  delta: DeltaIndex | null
}

export type DeltaIndex = {
  path: string
  /** Pagefind page ids in the parts whose page is now in the delta (or gone). */
  superseded: string[]
  /** Ids of pages indexed again unchanged, so in a part and in the delta under the same id: listed once. */
  repeated: string[]
  /** Filter name → value → pages counted twice (or no more) in the merged filter counts. */
  overcounted: Record<string, Record<string, number>>
}

export const PARTS_MANIFEST_URL = '/pagefind/parts.json'
export const DELTA_PATH = '/pagefind-delta/'

/** What the file says, read defensively: older builds wrote a bare list of parts. */
export function readPartsManifest(value: unknown): PartsManifest {
  const isPart = (part: unknown): part is string => typeof part === 'string' && part.startsWith('/pagefind-parts/')
  if (Array.isArray(value)) return { parts: value.filter(isPart), delta: null }
  if (typeof value !== 'object' || value === null) return { parts: [], delta: null }
  const { parts, delta } = value as Partial<PartsManifest>
  return {
    parts: Array.isArray(parts) ? parts.filter(isPart) : [],
    delta:
      delta && delta.path === DELTA_PATH && Array.isArray(delta.superseded)
        ? {
            path: DELTA_PATH,
            superseded: delta.superseded.filter((id) => typeof id === 'string'),
            repeated: Array.isArray(delta.repeated) ? delta.repeated.filter((id) => typeof id === 'string') : [],
            overcounted: delta.overcounted ?? {},
          }
        : null,
  }
}
