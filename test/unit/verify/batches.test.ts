/** Batches and the head of the publication log (core/verify/batches.ts, head.ts makeHead): headers, chaining, the latest entries. */
import { describe, expect, it } from 'vitest'
import { batchHash, latestEntries, makeBatch } from '../../../core/verify/batches'
import { entryHash, itemKey, ZERO_HASH } from '../../../core/verify/entries'
import { makeHead } from '../../../core/verify/head'
import { merkleRoot } from '../../../core/verify/merkle'
import { FOUR_BUILDS, logOf, record } from './logFixture'

describe('batches', () => {
  it('each header names its batch, first entry, count, root, last entry and the batch before', async () => {
    const batches = await logOf(FOUR_BUILDS)
    let firstSeq = 1
    let prev = ZERO_HASH
    for (const [i, { header, entries }] of batches.entries()) {
      const hashes = await Promise.all(entries.map(entryHash))
      expect(header).toEqual({
        batch: i + 1,
        builtAt: FOUR_BUILDS[i]?.builtAt,
        firstSeq,
        count: entries.length,
        root: await merkleRoot(hashes),
        lastEntry: hashes[hashes.length - 1],
        prev,
      })
      expect(entries.map((entry) => entry.seq)).toEqual(entries.map((_, j) => firstSeq + j))
      firstSeq += entries.length
      prev = await batchHash(header)
    }
  })

  it('chains entries across batches', async () => {
    const batches = await logOf(FOUR_BUILDS)
    const [first, second] = batches
    expect(second?.entries[0]?.prev).toBe(await entryHash(first!.entries[first!.entries.length - 1]!))
  })

  it('a build that adds no entry adds no batch', async () => {
    const once = await logOf(FOUR_BUILDS.slice(0, 1))
    const twice = await logOf([FOUR_BUILDS[0]!, { ...FOUR_BUILDS[0]!, builtAt: '2026-12-06T00:00:00.000Z' }])
    expect(twice).toEqual(once)
    await expect(makeBatch([], null, '2026-12-06T00:00:00.000Z')).rejects.toThrow(RangeError)
  })

  it('latestEntries gives each item’s latest entry', async () => {
    const latest = latestEntries(await logOf(FOUR_BUILDS))
    expect([...latest.keys()].sort()).toEqual(['document/1', 'document/2', 'document/3', 'document/4', 'interpretation/1', 'issue/1'])
    expect(latest.get(itemKey(record('document', '3').item))).toMatchObject({ kind: 'publish', version: 3 })
    expect(latest.get('document/1')).toMatchObject({ kind: 'withdraw', version: 2 })
  })
})

describe('makeHead', () => {
  it('names the log’s size, batches, last batch and last entry', async () => {
    const batches = await logOf(FOUR_BUILDS)
    const last = batches[batches.length - 1]!
    expect(await makeHead(batches, '2026-12-31T00:00:00.000Z', 'k'.repeat(16))).toEqual({
      size: 11,
      batches: 4,
      lastBatch: await batchHash(last.header),
      lastEntry: await entryHash(last.entries[last.entries.length - 1]!),
      time: '2026-12-31T00:00:00.000Z',
      keyId: 'k'.repeat(16),
    })
  })

  it('an empty log has size 0 and zero hashes', async () => {
    expect(await makeHead([], '2026-12-31T00:00:00.000Z', 'k')).toMatchObject({
      size: 0,
      batches: 0,
      lastBatch: ZERO_HASH,
      lastEntry: ZERO_HASH,
    })
  })
})
