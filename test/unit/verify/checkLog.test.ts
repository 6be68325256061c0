/**
 * Tampering with the publication log (core/verify/checkLog.ts): one changed field or byte
 * in an entry, a batch header, the head or its signature is reported; a history rewritten
 * consistently and signed again with the site's own key (an entry removed, two reordered, a
 * batch dropped, an entry changed) passes on its own but is reported against a head kept
 * from before the rewrite.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { type Batch, makeBatch } from '../../../core/verify/batches'
import { checkLog } from '../../../core/verify/checkLog'
import { base64ToBytes, bytesToBase64 } from '../../../core/verify/digest'
import { entryHash, type LogEntry, ZERO_HASH } from '../../../core/verify/entries'
import type { SignedHead } from '../../../core/verify/head'
import type { PublicKeys } from '../../../core/verify/keys'
import { FOUR_BUILDS, headOf, keysOf, logOf, testKey, type TestKey } from './logFixture'

let key: TestKey
let keys: PublicKeys
let batches: Batch[]
let head: SignedHead
let keptHead: SignedHead

beforeAll(async () => {
  key = await testKey()
  keys = keysOf(key)
  batches = await logOf(FOUR_BUILDS)
  head = await headOf(batches, key)
  // A mirror kept the head as it was after the second build.
  keptHead = await headOf(await logOf(FOUR_BUILDS.slice(0, 2)), key, '2026-12-10T03:00:00.000Z')
})

const flipHex = (hex: string, at = 10): string => hex.slice(0, at) + (parseInt(hex[at]!, 16) ^ 1).toString(16) + hex.slice(at + 1)

describe('checkLog on a whole log', () => {
  it('finds nothing wrong', async () => {
    expect(await checkLog(batches, head, keys)).toEqual([])
  })

  it('finds nothing wrong against a head kept earlier, nor against the current head', async () => {
    expect(await checkLog(batches, head, keys, keptHead)).toEqual([])
    expect(await checkLog(batches, head, keys, head)).toEqual([])
  })

  it('finds nothing wrong in an empty log with its head', async () => {
    expect(await checkLog([], await headOf([], key), keys)).toEqual([])
  })
})

type Tamper = (log: { batches: Batch[]; head: SignedHead }) => void

describe('checkLog reports one change', () => {
  it.each<[string, Tamper, string]>([
    ['an entry’s item', ({ batches }) => void (batches[1]!.entries[0]!.item.id += '-x'), '默克尔根'],
    [
      'one byte of an entry’s file hash',
      ({ batches }) => void (batches[0]!.entries[2]!.files[1]!.sha256 = flipHex(batches[0]!.entries[2]!.files[1]!.sha256)),
      '默克尔根',
    ],
    ['an entry’s date', ({ batches }) => void (batches[0]!.entries[0]!.date = '2026-12-04'), '前一条目哈希'],
    ['an entry’s kind', ({ batches }) => void (batches[2]!.entries[0]!.kind = 'update'), '默克尔根'],
    ['the last entry', ({ batches }) => void (batches[3]!.entries[0]!.decidedBy = 'someone'), '最后一条条目哈希'],
    ['an entry’s version', ({ batches }) => void (batches[1]!.entries[0]!.version = 1), '版本号'],
    ['an entry’s seq', ({ batches }) => void (batches[1]!.entries[1]!.seq = 9), '序号不连续'],
    ['a batch header’s time', ({ batches }) => void (batches[1]!.header.builtAt = '2026-12-11T02:00:00.000Z'), '前一批次哈希'],
    ['a batch header’s root', ({ batches }) => void (batches[0]!.header.root = flipHex(batches[0]!.header.root)), '默克尔根'],
    ['a batch header’s count', ({ batches }) => void (batches[0]!.header.count = 4), '应有 4 条'],
    ['a batch header’s first seq', ({ batches }) => void (batches[2]!.header.firstSeq = 8), '首条序号'],
    ['the last batch header', ({ batches }) => void (batches[3]!.header.builtAt = '2026-12-31T02:00:00.000Z'), '最后一批哈希'],
    ['the head’s size', ({ head }) => void (head.size = 10), '签名无效'],
    ['the head’s time', ({ head }) => void (head.time = '2027-01-01T00:00:00.000Z'), '签名无效'],
    ['the head’s last entry', ({ head }) => void (head.lastEntry = flipHex(head.lastEntry)), '签名无效'],
    ['the head’s key', ({ head }) => void (head.keyId = '0123456789abcdef'), '不在本站公布的公钥列表中'],
    [
      'one byte of the head’s signature',
      ({ head }) => {
        const bytes = base64ToBytes(head.signature)
        bytes[5] = bytes[5]! ^ 0x10
        head.signature = bytesToBase64(bytes)
      },
      '签名无效',
    ],
    ['the head’s signature, not base64', ({ head }) => void (head.signature = '!!'), 'Base64'],
    ['an entry removed in place', ({ batches }) => void batches[1]!.entries.splice(1, 1), '序号不连续'],
    [
      'two entries swapped in place',
      ({ batches }) => void batches[0]!.entries.splice(1, 2, batches[0]!.entries[2]!, batches[0]!.entries[1]!),
      '序号不连续',
    ],
    ['a batch dropped', ({ batches }) => void batches.splice(1, 1), '批次编号'],
  ])('%s', async (_, tamper, expected) => {
    const copy = structuredClone({ batches, head })
    tamper(copy)
    const problems = await checkLog(copy.batches, copy.head, keys)
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.join('\n')).toContain(expected)
  })

  it('a head signed by a key the site does not publish', async () => {
    const stranger = await testKey()
    expect((await checkLog(batches, await headOf(batches, stranger), keys)).join('\n')).toContain('不在本站公布的公钥列表中')
  })
})

/** The log rewritten as a forger with the site's key would: entries renumbered and rechained, batches and head made and signed anew. */
async function rewritten(entriesByBatch: LogEntry[][]): Promise<{ batches: Batch[]; head: SignedHead }> {
  const out: Batch[] = []
  let seq = 1
  let prev = ZERO_HASH
  for (const [i, entries] of entriesByBatch.entries()) {
    const chained: LogEntry[] = []
    for (const entry of entries) {
      const next = { ...entry, seq: seq++, prev }
      chained.push(next)
      prev = await entryHash(next)
    }
    out.push(await makeBatch(chained, out[out.length - 1]?.header ?? null, FOUR_BUILDS[i]?.builtAt ?? '2027-01-01T00:00:00.000Z'))
  }
  return { batches: out, head: await headOf(out, key) }
}

describe('checkLog against a kept head, on a history rewritten and signed again', () => {
  const entriesOf = (): LogEntry[][] => structuredClone(batches.map((batch) => batch.entries))

  it.each<[string, (entries: LogEntry[][]) => LogEntry[][]]>([
    ['an entry removed', (entries) => (entries[0]!.splice(3, 1), entries)],
    ['two entries reordered', (entries) => (entries[1]!.reverse(), entries)],
    ['a batch dropped', (entries) => (entries.splice(1, 1), entries)],
    ['an entry changed', (entries) => ((entries[0]![1]!.date = '1999-01-01'), entries)],
    ['the first batch split in two', (entries) => [entries[0]!.slice(0, 2), entries[0]!.slice(2), ...entries.slice(1)]],
  ])('%s', async (_, rewrite) => {
    const forged = await rewritten(rewrite(entriesOf()))
    // Consistent in itself (versions aside when an entry is gone), so only the kept head tells.
    const alone = await checkLog(forged.batches, forged.head, keys)
    expect(alone.filter((problem) => !problem.includes('版本号'))).toEqual([])
    const problems = await checkLog(forged.batches, forged.head, keys, keptHead)
    expect(problems.join('\n')).toContain('保存的日志头')
  })

  it('the same entries rewritten without change pass', async () => {
    const same = await rewritten(entriesOf())
    expect(same.batches).toEqual(batches)
    expect(await checkLog(same.batches, same.head, keys, keptHead)).toEqual([])
  })

  it('a log cut back before the kept head', async () => {
    const cut = await rewritten(entriesOf().slice(0, 1))
    expect((await checkLog(cut.batches, cut.head, keys, keptHead)).join('\n')).toContain(
      '比保存的日志头（2026-12-10T03:00:00.000Z，共 8 条）还短',
    )
  })

  it('a kept head whose signature does not hold proves nothing', async () => {
    const forgedKept = { ...keptHead, size: 7 }
    expect((await checkLog(batches, head, keys, forgedKept)).join('\n')).toContain('保存的日志头的签名无效')
  })
})
