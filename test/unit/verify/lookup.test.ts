/** The static lookup index of the log (core/verify/lookup.ts): every key, its shard, its records with proofs. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Batch } from '../../../core/verify/batches'
import { entryHash, itemKey } from '../../../core/verify/entries'
import { itemLookupKey, type LookupRecord, lookupShards, shardOf } from '../../../core/verify/lookup'
import { rootFromProof } from '../../../core/verify/merkle'
import { FOUR_BUILDS, logOf, record, sha } from './logFixture'

let batches: Batch[]
let shards: Map<string, Record<string, LookupRecord[]>>
const find = (key: string): LookupRecord[] => shards.get(shardOf(key))?.[key] ?? []

beforeAll(async () => {
  batches = await logOf(FOUR_BUILDS)
  shards = await lookupShards(batches)
})

describe('lookupShards', () => {
  it('files every key under its first two hex characters', () => {
    for (const [name, shard] of shards) {
      expect(name).toMatch(/^[0-9a-f]{2}$/)
      for (const key of Object.keys(shard)) expect(shardOf(key)).toBe(name)
    }
  })

  it('finds every entry by each file hash, its record hash and its item', async () => {
    for (const batch of batches) {
      for (const entry of batch.entries) {
        for (const key of [...entry.files.map((file) => file.sha256), entry.contentHash, await itemLookupKey(entry.item)]) {
          expect(find(key).map((found) => found.entry)).toContainEqual(entry)
        }
      }
    }
  })

  it('an item’s key gives its whole history in log order', async () => {
    const history = find(await itemLookupKey(record('document', '3').item))
    expect(history.map((found) => `${found.entry.kind} ${found.entry.version} @${found.batch}`)).toEqual([
      'publish 1 @1',
      'withdraw 2 @3',
      'publish 3 @4',
    ])
  })

  it('each record’s proof leads to its batch’s root', async () => {
    for (const shard of shards.values()) {
      for (const records of Object.values(shard)) {
        for (const found of records) {
          const header = batches[found.batch - 1]!.header
          expect(batches[found.batch - 1]!.entries[found.leaf]).toEqual(found.entry)
          expect(await rootFromProof(await entryHash(found.entry), found.leaf, header.count, found.proof)).toBe(header.root)
        }
      }
    }
  })

  it('lists an entry once under a key even when two of its files are the same bytes', async () => {
    const same = sha('same bytes')
    const twin = {
      ...record('document', '1'),
      files: [
        { path: '/documents/1/', sha256: same },
        { path: '/files/1/copy.pdf', sha256: same },
      ],
    }
    const index = await lookupShards(await logOf([{ records: [twin], builtAt: '2026-12-05T00:00:00.000Z' }]))
    expect(index.get(shardOf(same))?.[same]).toHaveLength(1)
  })

  it('an unchanged file of an updated item is found under both versions', () => {
    const unchangedPdf = record('document', '4').files[1]!.sha256
    expect(find(unchangedPdf).map((found) => itemKey(found.entry.item))).toEqual(['document/4'])
    const issuePage = record('issue', '1', 'v2').files[0]!.sha256
    expect(find(issuePage).map((found) => found.entry.version)).toEqual([2])
  })

  it('the item key is the SHA-256 of “item:<type>/<id>”', async () => {
    expect(await itemLookupKey({ type: 'document', id: '12' })).toBe(sha('item:document/12'))
    expect(shardOf('AB12')).toBe('ab')
  })
})
