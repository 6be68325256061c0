import type { SupersededTitle } from '../../../core/snapshot/schema'
import { abbreviationEntry } from './abbreviations'
import { normalizeName, titleKeys, MIN_KEY_LENGTH } from './nameKeys'

/**
 * The compact name index the search page consults before full text: every document's title
 * keys (see nameKeys.ts), 简称, 曾用名 and the titles of its earlier versions, hashed into small shard files under
 * /search/names/<n>.json. A query is reduced to its keys and only their shards are fetched,
 * so a name lookup costs one or two small files whatever the size of the gazette.
 */

/**
 * How a name matched, as the result says it: the title, a short name, a former name, an earlier
 * version's title, the title of a document it replaced or repealed, or a short name read off
 * its title (abbreviations.ts).
 */
const NAME_FIELDS = ['标题', '简称', '曾用名', '曾用标题', '取代', '废止', '简称推断'] as const

export type NameField = (typeof NAME_FIELDS)[number]

/** One key of one document, with what the result shows of it. */
export interface NameEntry {
  key: string
  field: NameField
  /** 0 names this document; 1 names a series (政务公开工作要点 of every year), newest first. */
  strength: 0 | 1
  /** The alias as entered, for 简称 and 曾用名, or the earlier title; title keys show the title itself. */
  alias?: string
  url: string
  title: string
  number: string | null
  issuers: string
  publishedDate: string
  /** False once repealed or expired: a current document goes before its predecessors. */
  current: boolean
  /** 已废止 or 已失效 for a document no longer current, so the result says it. */
  status?: string
}

export interface NamedDocument {
  url: string
  title: string
  number: string | null
  issuers: string
  publishedDate: string
  current: boolean
  status?: string
  aliases: ReadonlyArray<{ name: string; kind: 'short' | 'former' }>
  /** Titles of its earlier versions that are not its title now (core/history/formerTitles.ts). */
  formerTitles: readonly string[]
  /** Titles of the documents it took the place of (the manifest's supersededTitles). */
  superseded: readonly SupersededTitle[]
}

const aliasField = { short: '简称', former: '曾用名' } as const satisfies Record<string, NameField>
const supersededField = { replaces: '取代', repeals: '废止' } as const satisfies Record<SupersededTitle['relation'], NameField>

/**
 * Every entry of one document: its title keys, then its aliases, then its earlier titles'
 * keys. An earlier title is reduced as titles are, but never to a series name: it names this
 * document alone, and the document is shown (and found once) under its title now.
 */
export function nameEntries(document: NamedDocument): NameEntry[] {
  const { aliases, formerTitles, superseded, ...shown } = document
  const entries: NameEntry[] = titleKeys(document.title).map(({ key, strength }) => ({ key, field: '标题', strength, ...shown }))
  const add = (key: string, field: NameField, alias: string) => {
    if (key.length < MIN_KEY_LENGTH || entries.some((entry) => entry.key === key)) return
    entries.push({ key, field, strength: 0, alias, ...shown })
  }
  for (const alias of aliases) add(normalizeName(alias.name), aliasField[alias.kind], alias.name)
  for (const title of formerTitles) {
    for (const { key, strength } of titleKeys(title)) if (strength === 0) add(key, '曾用标题', title)
  }
  // Only a title's own keys: 关于X的通知 replaced names X, never every year's X.
  for (const { title, relation } of superseded) {
    for (const { key, strength } of titleKeys(title)) if (strength === 0) add(key, supersededField[relation], title)
  }
  const abbreviation = abbreviationEntry(document.title)
  if (abbreviation) entries.push({ ...abbreviation, field: '简称推断', strength: 0, ...shown })
  return entries
}

/** Keys per shard the index aims at: a shard is a few kilobytes. */
const KEYS_PER_SHARD = 24

/** A power of two, so a build with a few more documents keeps most keys in their shards. */
export function nameShardCount(keyCount: number): number {
  let count = 1
  while (count * KEYS_PER_SHARD < keyCount) count *= 2
  return count
}

/** FNV-1a over UTF-16 code units: the same number in Node and in the browser. */
export function nameShard(key: string, shardCount: number): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % shardCount
}

/** Best first: a document's own name before a series name, current before replaced, newest first. */
export function nameOrder(a: NameEntry, b: NameEntry): number {
  return a.strength - b.strength || Number(b.current) - Number(a.current) || b.publishedDate.localeCompare(a.publishedDate)
}

/** Entries grouped into their shards, each shard sorted by key and then best first. */
export function nameShards(entries: readonly NameEntry[], shardCount: number): NameEntry[][] {
  const shards: NameEntry[][] = Array.from({ length: shardCount }, () => [])
  for (const entry of entries) shards[nameShard(entry.key, shardCount)]?.push(entry)
  for (const shard of shards) shard.sort((a, b) => a.key.localeCompare(b.key) || nameOrder(a, b))
  return shards
}

/** The entries of a fetched shard; anything malformed is dropped, never trusted. */
export function readNameShard(json: unknown): NameEntry[] {
  if (typeof json !== 'object' || json === null) return []
  const { entries } = json as { entries?: unknown }
  return Array.isArray(entries) ? entries.filter(isNameEntry) : []
}

function isNameEntry(value: unknown): value is NameEntry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return (
    ['key', 'url', 'title', 'issuers', 'publishedDate'].every((key) => typeof entry[key] === 'string') &&
    (entry.alias === undefined || typeof entry.alias === 'string') &&
    (entry.status === undefined || typeof entry.status === 'string') &&
    (entry.number === null || typeof entry.number === 'string') &&
    (NAME_FIELDS as readonly unknown[]).includes(entry.field) &&
    (entry.strength === 0 || entry.strength === 1) &&
    typeof entry.current === 'boolean'
  )
}
