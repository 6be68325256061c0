/**
 * The log's static files read back (core/verify/schema.ts): what the build writes parses
 * unchanged and hashes the same; a field the format lacks, a malformed hash or kind is refused.
 */
import { describe, expect, it } from 'vitest'
import { checkLog } from '../../../core/verify/checkLog'
import { entryHash } from '../../../core/verify/entries'
import { lookupIndex, lookupRecords } from '../../../core/verify/lookup'
import { batchFileSchema, lookupRecordSchema, lookupShardSchema, publicKeysSchema, signedHeadSchema } from '../../../core/verify/schema'
import { FOUR_BUILDS, headOf, keysOf, logOf, testKey } from './logFixture'

const written = <T>(value: T): unknown => JSON.parse(JSON.stringify(value))

/** A batch file as plain JSON, to be spoiled field by field. */
type LooseEntry = Record<string, unknown> & { item: Record<string, unknown>; files: Array<Record<string, unknown>> }
type LooseBatch = { header: Record<string, unknown>; entries: LooseEntry[] }

describe('log file schemas', () => {
  it('every file the build writes parses to what was written, and the log read back checks whole', async () => {
    const key = await testKey()
    const batches = await logOf(FOUR_BUILDS)
    const head = await headOf(batches, key)
    const keys = keysOf(key)
    const read = batches.map((batch) => batchFileSchema.parse(written(batch)))
    expect(read).toEqual(batches)
    for (const [i, batch] of read.entries()) {
      expect(await Promise.all(batch.entries.map(entryHash))).toEqual(await Promise.all(batches[i]!.entries.map(entryHash)))
    }
    const readHead = signedHeadSchema.parse(written(head))
    const readKeys = publicKeysSchema.parse(written(keys))
    expect(readHead).toEqual(head)
    expect(readKeys).toEqual(keys)
    expect(await checkLog(read, readHead, readKeys)).toEqual([])
    for (const shard of (await lookupIndex(batches)).values()) expect(lookupShardSchema.parse(written(shard))).toEqual(shard)
    for (const record of await lookupRecords(batches)) expect(lookupRecordSchema.parse(written(record))).toEqual(record)
  })

  it.each<[string, (batch: LooseBatch) => void]>([
    ['a field the format lacks in an entry', (batch) => (batch.entries[0]!.note = 'x')],
    ['a field the format lacks in a header', (batch) => (batch.header.note = 'x')],
    ['an upper-case hash', (batch) => (batch.entries[0]!.contentHash = String(batch.entries[0]!.contentHash).toUpperCase())],
    ['a short hash', (batch) => (batch.header.root = 'abc')],
    ['an unknown kind', (batch) => (batch.entries[0]!.kind = 'delete')],
    ['an unknown item type', (batch) => (batch.entries[0]!.item.type = 'notice')],
    ['a date that is no day', (batch) => (batch.entries[0]!.date = '5 Dec 2026')],
    ['a build time without its zone', (batch) => (batch.header.builtAt = '2026-12-05T02:00:00')],
    ['a seq of 0', (batch) => (batch.entries[0]!.seq = 0)],
    ['a file address that is not a path', (batch) => (batch.entries[0]!.files[0]!.path = 'documents/1/')],
  ])('refuses %s', async (_, change) => {
    const [batch] = await logOf(FOUR_BUILDS.slice(0, 1))
    const file = written(batch) as LooseBatch
    change(file)
    expect(batchFileSchema.safeParse(file).success).toBe(false)
  })

  it('refuses a head whose signature is not base64 and keys of another algorithm', async () => {
    const key = await testKey()
    const head = written(await headOf([], key)) as Record<string, unknown>
    expect(signedHeadSchema.safeParse({ ...head, signature: 'not base64!' }).success).toBe(false)
    expect(publicKeysSchema.safeParse({ keys: [{ ...key.published, algorithm: 'RSA' }], rotations: [] }).success).toBe(false)
  })
})
