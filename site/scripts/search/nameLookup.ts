import { nameOrder, nameShard, readNameShard, type NameEntry } from '../../lib/search/nameIndex'
import { abbreviationGap, abbreviationKey } from '../../lib/search/abbreviations'
import { normalizeName, queryKeys } from '../../lib/search/nameKeys'
import type { FetchJson } from './numberLookup'
import { nameShardPath } from '../../../core/addresses'

/** At most this many documents share a series name on top of the results (newest first). */
const MAX_SERIES_MATCHES = 3

/**
 * Finds the documents a query names: by title (whole, or reduced to its core as the build
 * reduced every title), by 简称, by 曾用名 or by an earlier version's title (曾用标题). The
 * query's keys are hashed to their shards of the name index, which are fetched once per page
 * view; only exact key matches count, so a name match can be listed first without doubt.
 */
export function createNameLookup(shardCount: number, fetchJson: FetchJson): (query: string) => Promise<NameEntry[]> {
  const shards = new Map<number, Promise<NameEntry[]>>()
  const shardEntries = (shard: number) => {
    let entries = shards.get(shard)
    if (!entries) {
      entries = fetchJson(nameShardPath(shard)).then(readNameShard, (error: unknown) => {
        console.error(error)
        shards.delete(shard)
        return []
      })
      shards.set(shard, entries)
    }
    return entries
  }

  return async (query) => {
    if (shardCount < 1) return []
    // The whole query, and each word of it when there are several: 个保法 第十条 names 个保法.
    const tokens = query.split(/\s+/).filter(Boolean)
    // Most specific first: the title as typed goes before what it reduces to, which other
    // issuers' documents may share (关于规范X有关事项的通知 of two offices).
    const keys = [...new Set([query, ...(tokens.length > 1 ? tokens : [])].flatMap(queryKeys))]
    const specificity = new Map(keys.map((key, index) => [key, index]))
    const wanted = [...new Set(keys.map((key) => nameShard(key, shardCount)))]
    const entries = (await Promise.all(wanted.map(shardEntries))).flat().filter((entry) => specificity.has(entry.key))
    const rank = (entry: NameEntry) => specificity.get(entry.key) ?? keys.length
    entries.sort((a, b) => a.strength - b.strength || rank(a) - rank(b) || nameOrder(a, b))
    const best = new Map<string, NameEntry>()
    for (const entry of entries) if (!best.has(entry.url)) best.set(entry.url, entry)
    const found = [...best.values()]
    const named = found.filter((entry) => entry.strength === 0 && entry.field !== '简称推断')
    if (named.length === 0 && tokens.length === 1) {
      const abbreviated = await abbreviationMatches(normalizeName(query), shardCount, shardEntries)
      if (abbreviated.length > 0) return abbreviated
    }
    return [...named, ...found.filter((entry) => entry.strength === 1).slice(0, MAX_SERIES_MATCHES)]
  }
}

/** At most this many names a query may abbreviate are listed first (消法: 消防法 and 消费者权益保护法 both fit). */
const MAX_ABBREVIATION_MATCHES = 2

/**
 * The laws and regulations a query that names nothing may abbreviate (abbreviations.ts): in
 * force first, then a national law before the others, then the fewest characters left out.
 */
async function abbreviationMatches(query: string, shardCount: number, shardEntries: (shard: number) => Promise<NameEntry[]>) {
  const key = abbreviationKey(query)
  if (!key) return []
  const gapOf = new Map<NameEntry, number>()
  for (const entry of await shardEntries(nameShard(key, shardCount))) {
    const gap = entry.key === key && entry.field === '简称推断' && entry.alias ? abbreviationGap(query, entry.alias) : undefined
    if (gap !== undefined) gapOf.set(entry, gap)
  }
  const national = (entry: NameEntry) => Number(!entry.title.startsWith('中华人民共和国'))
  return [...gapOf.keys()]
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) || national(a) - national(b) || (gapOf.get(a) ?? 0) - (gapOf.get(b) ?? 0) || nameOrder(a, b),
    )
    .slice(0, MAX_ABBREVIATION_MATCHES)
}
