/**
 * Batches of the publication log (issue 20): every build that adds entries adds one batch,
 * whose header holds the RFC 6962 Merkle root of its entry hashes (merkle.ts), the hash of
 * its last entry and the hash of the previous batch's header. The batches, written as
 * /verify/log/batches/<n>.json, are the log's storage: the next build reads them back from
 * the live build and appends.
 */
import { canonicalJson } from './canonicalJson'
import { sha256Hex } from './digest'
import { entryHashes, itemKey, type LogEntry, ZERO_HASH } from './entries'
import { merkleRoot } from './merkle'

export type BatchHeader = {
  /** 1-based. */
  batch: number
  /** ISO time of the build. */
  builtAt: string
  firstSeq: number
  count: number
  /** RFC 6962 Merkle root of this batch's entry hashes, in seq order. */
  root: string
  /** entryHash of the batch's last entry. */
  lastEntry: string
  /** batchHash of batch - 1; 64 '0' for batch 1. */
  prev: string
}

export type Batch = { header: BatchHeader; entries: LogEntry[] }

export function batchHash(header: BatchHeader): Promise<string> {
  return sha256Hex(canonicalJson(header))
}

/** The batch of `entries` (a build's new entries, at least one), following `previous` (null for the first batch). */
export async function makeBatch(entries: LogEntry[], previous: BatchHeader | null, builtAt: string): Promise<Batch> {
  const first = entries[0]
  if (!first) throw new RangeError('makeBatch: a build that adds no entry adds no batch')
  const hashes = await entryHashes(entries)
  const header: BatchHeader = {
    batch: previous ? previous.batch + 1 : 1,
    builtAt,
    firstSeq: first.seq,
    count: entries.length,
    root: await merkleRoot(hashes),
    lastEntry: hashes[hashes.length - 1] as string,
    prev: previous ? await batchHash(previous) : ZERO_HASH,
  }
  return { header, entries }
}

/** The latest entry of every item in the log (by itemKey), what nextEntries compares a build with. */
export function latestEntries(batches: Batch[]): Map<string, LogEntry> {
  const latest = new Map<string, LogEntry>()
  for (const batch of batches) for (const entry of batch.entries) latest.set(itemKey(entry.item), entry)
  return latest
}
