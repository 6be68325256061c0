/**
 * The stable addresses of numbers: /numbers/<代字>/<年份>/<序号>/ for a 发文字号 or 统一编号,
 * /numbers/orders/<issuer>/<序号>/ for an order number. Each leads to the documents
 * carrying that number (normally one).
 */
import type { Manifest } from '../../../core/snapshot/schema'
import { numberPath } from '../../../core/addresses'
import { numberEntries } from '../numbers/entries'
import type { NumberEntry } from '../numbers/entry'
import { groupBy, isOrder, isStandard, type OrderEntry, type StandardEntry } from '../numbers/groups'
import type { ItemPage, ItemRoute } from './itemPage'

/** Every document carrying the number. */
export type NumberPageProps<Entry extends NumberEntry> = {
  entries: Entry[]
}

export const standardNumberPages: ItemRoute<{ code: string; year: string; serial: string }, NumberPageProps<StandardEntry>> = async (
  snapshot,
) =>
  numberPages(entriesOf(await snapshot.loadManifest()).filter(isStandard), ({ code, year, serial }) => ({
    code,
    year: String(year),
    serial: String(serial),
  }))

export const orderNumberPages: ItemRoute<{ issuer: string; serial: string }, NumberPageProps<OrderEntry>> = async (snapshot) =>
  numberPages(entriesOf(await snapshot.loadManifest()).filter(isOrder), ({ issuer, serial }) => ({ issuer, serial: String(serial) }))

function numberPages<Entry extends NumberEntry, Params extends Record<string, string>>(
  entries: Entry[],
  params: (parts: Entry['parts']) => Params,
): Array<ItemPage<Params, NumberPageProps<Entry>>> {
  return [...groupBy(entries, (entry) => numberPath(entry.parts))].map(([url, group]) => ({
    url,
    params: params((group[0] as Entry).parts),
    props: async () => ({ entries: group }),
  }))
}

// Both routes number from the same entries: computed once per manifest.
const entriesByManifest = new WeakMap<Manifest, NumberEntry[]>()

function entriesOf(manifest: Manifest): NumberEntry[] {
  let entries = entriesByManifest.get(manifest)
  if (!entries) {
    entries = numberEntries(manifest.documents)
    entriesByManifest.set(manifest, entries)
  }
  return entries
}
