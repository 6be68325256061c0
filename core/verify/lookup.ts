/**
 * The log's static lookup index (issue 20): a reader's browser hashes a file, fetches
 * the one shard named by the hash's first two hex characters (/verify/log/lookup/<xx>.json),
 * which lists the seq of every entry that published that file, then each entry's record
 * (/verify/log/entries/<seq>.json): the entry with the inclusion proof that ties it to its
 * batch's root. Keys: every file's SHA-256, every record's contentHash, and
 * itemLookupKey(item) for an item's whole history. A record never changes once its batch
 * is written, so each is written once; only the shards grow. (Records inside the shards
 * would repeat each entry and its proof under each of its keys: ~0.8 MB a shard at
 * 30,000 entries, against ~30 KB of pointers.)
 *
 * Each batch's tree is built once and every proof read off it (merkle.ts), so a first build
 * of ~30,000 entries in one batch is indexed in seconds, not in one tree per proof.
 */
import type { Batch } from './batches'
import { bytesToHex, sha256Hex, sha256Many } from './digest'
import { entryHashes, itemKey, type LoggedItem, type LogEntry } from './entries'
import { merkleTree } from './merkle'

export type LookupRecord = {
  entry: LogEntry
  batch: number
  /** 0-based index of the entry in its batch. */
  leaf: number
  /** RFC 6962 audit path of the entry's hash in its batch's tree. */
  proof: string[]
}

/** The lookup key of an item's history: SHA-256 of 'item:<type>/<id>'. */
export function itemLookupKey(item: Pick<LoggedItem, 'type' | 'id'>): Promise<string> {
  return sha256Hex(`item:${itemKey(item)}`)
}

/** The shard a key lives in: its first two hex characters. */
export function shardOf(key: string): string {
  return key.slice(0, 2).toLowerCase()
}

/** Every entry's record (itself, its batch, its place and its proof), in log order, for the batches from `fromBatch` on. */
export async function lookupRecords(batches: Batch[], fromBatch = 1): Promise<LookupRecord[]> {
  const records: LookupRecord[] = []
  for (const batch of batches) {
    if (batch.header.batch < fromBatch) continue
    const tree = await merkleTree(await entryHashes(batch.entries))
    for (const [leaf, entry] of batch.entries.entries()) records.push({ entry, batch: batch.header.batch, leaf, proof: tree.proof(leaf) })
  }
  return records
}

/** The index as served: shard name → key → the seq of every entry under that key, in log order. */
export async function lookupIndex(batches: Batch[]): Promise<Map<string, Record<string, number[]>>> {
  const shards = new Map<string, Record<string, number[]>>()
  const items = [...new Set(batches.flatMap((batch) => batch.entries.map((entry) => itemKey(entry.item))))]
  const itemHashes = await sha256Many(items.map((key) => `item:${key}`))
  const itemKeys = new Map(items.map((key, i) => [key, bytesToHex(itemHashes[i] as Uint8Array)]))
  for (const batch of batches) {
    for (const entry of batch.entries) {
      const keys = new Set([...entry.files.map((file) => file.sha256), entry.contentHash, itemKeys.get(itemKey(entry.item)) as string])
      for (const key of keys) {
        const shardName = shardOf(key)
        let shard = shards.get(shardName)
        if (!shard) shards.set(shardName, (shard = {}))
        ;(shard[key] ??= []).push(entry.seq)
      }
    }
  }
  return shards
}

/** The index with each seq resolved to its record: what a reader gets by following the served index to the entry files. */
export async function lookupShards(batches: Batch[]): Promise<Map<string, Record<string, LookupRecord[]>>> {
  const records = new Map((await lookupRecords(batches)).map((record) => [record.entry.seq, record]))
  const index = await lookupIndex(batches)
  return new Map(
    [...index].map(([name, shard]) => [
      name,
      Object.fromEntries(Object.entries(shard).map(([key, seqs]) => [key, seqs.map((seq) => records.get(seq) as LookupRecord)])),
    ]),
  )
}
