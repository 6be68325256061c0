/**
 * Entries of the publication log (issue 20): one per publication event of one public item
 * (a document, an interpretation, a gazette issue), chained by hash, and the one pure rule
 * that decides which entries a build adds. The full build and the incremental build call
 * the same rule on the same snapshot, so they log the same entries.
 *
 * nextEntries compares what this build makes public with the latest entry of each item:
 * - no entry yet, or its latest entry is a withdrawal, and public now → 'publish';
 * - its files (public address + SHA-256) or its record's hash changed → 'update', or
 *   'correction' for a gazette issue whose number of corrections (勘误) grew;
 * - public before and now absent, or now showing its withdrawal notice → 'withdraw';
 * - unchanged → no entry.
 * Two points the shared format left open, decided here:
 * - an entry records `corrections` when the build gives it (issues): the latest entry is all
 *   nextEntries sees of the past, so it must carry the count to tell that it grew;
 * - a withdrawal by absence has no record of its own: it carries the withdrawn record's
 *   hash, the day `start.date` (the build's day; else the latest entry's date) and the role
 *   `start.decidedBy` (else the latest entry's role). A withdrawn item that was never
 *   logged, and a change to a withdrawal notice, are logged as 'withdraw' too, so that an
 *   item's latest entry is a withdrawal exactly when the item is withdrawn.
 */
import { canonicalJson } from './canonicalJson'
import { bytesToHex, sha256Hex, sha256Many } from './digest'

/**
 * An item by type and id only: never its title or number. The log is public and
 * append-only, and an item may later leave the site, so the log holds no words of it.
 */
export type LoggedItem = { type: 'document' | 'interpretation' | 'issue'; id: string }

/** path = the public address: '/documents/12/' for dist/documents/12/index.html, '/files/12/a.pdf' for a file. */
export type LoggedFile = { path: string; sha256: string }

export type EntryKind = 'publish' | 'update' | 'correction' | 'withdraw'

export type LogEntry = {
  /** 1-based, global, consecutive. */
  seq: number
  /** entryHash of entry seq-1; 64 '0' for seq 1. */
  prev: string
  kind: EntryKind
  item: LoggedItem
  /** Per item: 1 for its first entry, +1 for each later one. */
  version: number
  /** YYYY-MM-DD: the item's own public date as the snapshot states it (publication, issue or withdrawal date). */
  date: string
  /** A role, never a person: 'publisher'. */
  decidedBy: string
  /** Sorted by path; [] for a withdrawal without a notice page. */
  files: LoggedFile[]
  /** SHA-256 of the canonical JSON of the item's public record (its snapshot JSON). */
  contentHash: string
  /** The issue's number of corrections (勘误), when the build gives it. */
  corrections?: number
}

/** One item public in this build, as the build sees it. */
export type ItemRecord = {
  item: LoggedItem
  date: string
  decidedBy: string
  files: LoggedFile[]
  contentHash: string
  corrections?: number
  /** True for a document whose withdrawal notice page the site shows (files: that page). */
  withdrawn?: boolean
}

export const ZERO_HASH = '0'.repeat(64)

export function itemKey(item: Pick<LoggedItem, 'type' | 'id'>): string {
  return `${item.type}/${item.id}`
}

export function entryHash(entry: LogEntry): Promise<string> {
  return sha256Hex(canonicalJson(entry))
}

/** entryHash of each entry, in order (hashed a few hundred at a time: a first build has tens of thousands). */
export async function entryHashes(entries: LogEntry[]): Promise<string[]> {
  return (await sha256Many(entries.map(canonicalJson))).map(bytesToHex)
}

const TYPE_ORDER: Record<LoggedItem['type'], number> = { document: 0, interpretation: 1, issue: 2 }
const NUMERIC = /^\d+$/

/** The build's deterministic order: documents, interpretations, issues; ids as numbers when numeric (before any other), else by code unit. */
export function compareItems(a: LoggedItem, b: LoggedItem): number {
  if (a.type !== b.type) return TYPE_ORDER[a.type] - TYPE_ORDER[b.type]
  const aNumeric = NUMERIC.test(a.id)
  const bNumeric = NUMERIC.test(b.id)
  if (aNumeric && bNumeric) {
    // As numbers of any length: fewer digits (leading zeros aside) is smaller.
    const x = a.id.replace(/^0+(?=\d)/, '')
    const y = b.id.replace(/^0+(?=\d)/, '')
    if (x.length !== y.length) return x.length - y.length
    if (x !== y) return x < y ? -1 : 1
  } else if (aNumeric !== bNumeric) {
    return aNumeric ? -1 : 1
  }
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1
}

function sortedFiles(files: LoggedFile[]): LoggedFile[] {
  return files
    .map((file) => ({ path: file.path, sha256: file.sha256.toLowerCase() }))
    .sort((a, b) => (a.path === b.path ? 0 : a.path < b.path ? -1 : 1))
}

function sameFiles(a: LoggedFile[], b: LoggedFile[]): boolean {
  return a.length === b.length && a.every((file, i) => file.path === b[i]?.path && file.sha256 === b[i]?.sha256)
}

function copyItem(item: LoggedItem): LoggedItem {
  return { type: item.type, id: item.id }
}

/** An entry's optional `corrections`, present only when known, so that entries read back from JSON equal those made. */
function correctionsOf(corrections: number | undefined): { corrections?: number } {
  return corrections === undefined ? {} : { corrections }
}

type Decided = Omit<LogEntry, 'seq' | 'prev'>

function decide(previous: LogEntry | undefined, record: ItemRecord): Decided | null {
  const files = sortedFiles(record.files)
  const fresh = {
    item: copyItem(record.item),
    version: previous ? previous.version + 1 : 1,
    date: record.date,
    decidedBy: record.decidedBy,
    files,
    contentHash: record.contentHash.toLowerCase(),
    ...correctionsOf(record.corrections),
  }
  const changed = !previous || !sameFiles(previous.files, files) || previous.contentHash !== fresh.contentHash
  if (record.withdrawn) {
    if (previous?.kind === 'withdraw' && !changed) return null
    return { kind: 'withdraw', ...fresh }
  }
  if (!previous || previous.kind === 'withdraw') return { kind: 'publish', ...fresh }
  const moreCorrections = record.item.type === 'issue' && (record.corrections ?? 0) > (previous.corrections ?? 0)
  if (!changed && !moreCorrections) return null
  return { kind: moreCorrections ? 'correction' : 'update', ...fresh }
}

const HASH = /^[0-9a-fA-F]{64}$/

function assertRecord(record: ItemRecord): void {
  if (!HASH.test(record.contentHash) || !record.files.every((file) => HASH.test(file.sha256)))
    throw new TypeError(`nextEntries: ${itemKey(record.item)} has a hash that is not 64 hex characters`)
}

/**
 * The entries this build adds, in the build's order, numbered from `start.seq` and chained
 * from `start.prev` (the log's last seq + 1 and last entry hash). Identical inputs give
 * identical entries. `start.date` / `start.decidedBy` date and attribute withdrawals by absence.
 */
export async function nextEntries(
  previousLatest: Map<string, LogEntry>,
  current: ItemRecord[],
  start: { seq: number; prev: string; date?: string; decidedBy?: string },
): Promise<LogEntry[]> {
  const decided: Decided[] = []
  const seen = new Set<string>()
  for (const record of current) {
    const key = itemKey(record.item)
    if (seen.has(key)) throw new TypeError(`nextEntries: ${key} appears twice in this build`)
    seen.add(key)
    assertRecord(record)
    const entry = decide(previousLatest.get(key), record)
    if (entry) decided.push(entry)
  }
  for (const [key, previous] of previousLatest) {
    if (seen.has(key) || previous.kind === 'withdraw') continue
    decided.push({
      kind: 'withdraw',
      item: copyItem(previous.item),
      version: previous.version + 1,
      date: start.date ?? previous.date,
      decidedBy: start.decidedBy ?? previous.decidedBy,
      files: [],
      contentHash: previous.contentHash,
      ...correctionsOf(previous.corrections),
    })
  }
  decided.sort((a, b) => compareItems(a.item, b.item))

  const entries: LogEntry[] = []
  let prev = start.prev
  for (const [i, entry] of decided.entries()) {
    const full: LogEntry = { seq: start.seq + i, prev, ...entry }
    entries.push(full)
    prev = await entryHash(full)
  }
  return entries
}
