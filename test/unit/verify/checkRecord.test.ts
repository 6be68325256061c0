/**
 * Checking one lookup record as the /verify/ page does (core/verify/checkRecord.ts): every
 * record of a four-batch log passes with its batch's header and the later ones; a changed
 * proof, entry, position, header, head or signature fails.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Batch, BatchHeader } from '../../../core/verify/batches'
import { checkRecord } from '../../../core/verify/checkRecord'
import type { SignedHead } from '../../../core/verify/head'
import type { PublicKeys } from '../../../core/verify/keys'
import { type LookupRecord, lookupShards } from '../../../core/verify/lookup'
import { FOUR_BUILDS, headOf, keysOf, logOf, testKey } from './logFixture'

let batches: Batch[]
let head: SignedHead
let keys: PublicKeys
let records: LookupRecord[]

const headersFrom = (batch: number): BatchHeader[] => batches.slice(batch - 1).map((b) => b.header)
const flipHex = (hex: string): string => hex.slice(0, 20) + (parseInt(hex[20]!, 16) ^ 1).toString(16) + hex.slice(21)

beforeAll(async () => {
  const key = await testKey()
  keys = keysOf(key)
  batches = await logOf(FOUR_BUILDS)
  head = await headOf(batches, key)
  const bySeq = new Map<number, LookupRecord>()
  for (const shard of (await lookupShards(batches)).values())
    for (const list of Object.values(shard)) for (const r of list) bySeq.set(r.entry.seq, r)
  records = [...bySeq.values()].sort((a, b) => a.entry.seq - b.entry.seq)
})

describe('checkRecord', () => {
  it('passes every record of the log', async () => {
    expect(records.map((r) => r.entry.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    for (const r of records) expect(await checkRecord(r, headersFrom(r.batch), head, keys), `seq ${r.entry.seq}`).toEqual([])
  })

  type Tamper = (t: { record: LookupRecord; headers: BatchHeader[]; head: SignedHead }) => void
  it.each<[string, Tamper, string]>([
    ['a proof hash changed', ({ record }) => void (record.proof[0] = flipHex(record.proof[0]!)), '包含证明'],
    ['a proof hash dropped', ({ record }) => void record.proof.pop(), '包含证明'],
    ['the entry’s date', ({ record }) => void (record.entry.date = '1999-01-01'), '包含证明'],
    [
      'one byte of a file hash in the entry',
      ({ record }) => void (record.entry.files[0]!.sha256 = flipHex(record.entry.files[0]!.sha256)),
      '包含证明',
    ],
    ['the entry’s leaf', ({ record }) => void (record.leaf = 0), '位置'],
    ['the record’s own batch header', ({ headers }) => void (headers[0]!.root = flipHex(headers[0]!.root)), '包含证明'],
    ['a later batch header', ({ headers }) => void (headers[1]!.builtAt = '2026-12-21T00:00:00.000Z'), '第 3 批的批次信息与第 4 批'],
    ['the last batch header', ({ headers }) => void (headers[headers.length - 1]!.count = 9), '与签名的日志头不符'],
    ['the last batch header left out', ({ headers }) => void headers.pop(), '批次信息只到第 3 批'],
    ['a batch header left out in between', ({ headers }) => void headers.splice(1, 1), '批次信息不连续'],
    ['the head’s last batch', ({ head }) => void (head.lastBatch = flipHex(head.lastBatch)), '签名无效'],
    ['the head’s time', ({ head }) => void (head.time = '2027-01-01T00:00:00.000Z'), '签名无效'],
    [
      'the head’s signature',
      ({ head }) => void (head.signature = head.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))),
      '签名无效',
    ],
  ])('fails when %s is altered', async (_, tamper, expected) => {
    // seq 7: the middle entry of batch 2, followed by batches 3 and 4.
    const original = records[6]!
    expect(original.batch).toBe(2)
    const copy = structuredClone({ record: original, headers: headersFrom(original.batch), head })
    tamper(copy)
    const problems = await checkRecord(copy.record, copy.headers, copy.head, keys)
    expect(problems.join('\n')).toContain(expected)
  })

  it('fails without the record’s own batch header', async () => {
    expect(await checkRecord(records[0]!, headersFrom(2), head, keys)).toEqual(['缺少第 1 批的批次信息，无法核对此记录。'])
  })

  it('fails when the head’s key is not published', async () => {
    const problems = await checkRecord(records[0]!, headersFrom(1), head, { keys: [], rotations: [] })
    expect(problems.join('\n')).toContain('不在本站公布的公钥列表中')
  })
})
