/** The answer for a file (core/verify/verdict.ts), looked up in the index of a four-build log as the page and the CLI do. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Batch, BatchHeader } from '../../../core/verify/batches'
import type { LogEntry } from '../../../core/verify/entries'
import { itemLookupKey, type LookupRecord, lookupShards, shardOf } from '../../../core/verify/lookup'
import { verdict, type VerdictKind } from '../../../core/verify/verdict'
import { FOUR_BUILDS, logOf, record, sha } from './logFixture'

let batches: Batch[]
let shards: Map<string, Record<string, LookupRecord[]>>
const find = (key: string): LookupRecord[] => shards.get(shardOf(key.toLowerCase()))?.[key.toLowerCase()] ?? []

beforeAll(async () => {
  batches = await logOf(FOUR_BUILDS)
  shards = await lookupShards(batches)
})

/** As the page does: the file's records, then the matched item's history by its item key. */
async function verdictFor(
  fileHash: string,
  headers: BatchHeader[] = batches.map((batch) => batch.header),
): Promise<ReturnType<typeof verdict>> {
  const records = find(fileHash)
  const item = records[records.length - 1]?.entry.item
  const history: LogEntry[] = item ? find(await itemLookupKey(item)).map((found) => found.entry) : []
  return verdict(fileHash, records, history, headers)
}

const page = (type: 'document' | 'issue', id: string, content: string): string => record(type, id, content).files[0]!.sha256
const pdf = (type: 'document' | 'issue', id: string, content: string): string => record(type, id, content).files[1]!.sha256

describe('verdict', () => {
  it.each<[string, () => string, VerdictKind, string]>([
    [
      'the current page of an updated document',
      () => page('document', '2', 'v2'),
      'unchanged',
      '未改动：此文件于 2026-12-05 发布（文件 /documents/2/，第 2 版），是现行公开版本。',
    ],
    [
      'a file unchanged since the first version',
      () => pdf('document', '4', 'v1'),
      'unchanged',
      '未改动：此文件于 2026-12-05 发布（文件 /documents/4/，第 1 版），是现行公开版本。',
    ],
    [
      'the page before an update',
      () => page('document', '2', 'v1'),
      'superseded',
      '已被更新：此文件于 2026-12-05 发布（文件 /documents/2/，第 1 版），于 2026-12-10 被新版本取代，现行公开版本为第 2 版，此文件不是现行公开版本。',
    ],
    [
      'an issue’s PDF before its correction',
      () => pdf('issue', '1', 'v1'),
      'superseded',
      '已被更新：此文件于 2026-12-05 发布（公报 /issues/1/，第 1 版），于 2026-12-10 被新版本取代，现行公开版本为第 2 版，此文件不是现行公开版本。',
    ],
    [
      'a page withdrawn by absence, then published anew',
      () => page('document', '3', 'v1'),
      'superseded',
      '于 2026-12-20 被新版本取代，现行公开版本为第 3 版',
    ],
    ['the current page of the republished document', () => page('document', '3', 'v3'), 'unchanged', '第 3 版），是现行公开版本。'],
    [
      'the attachment of a withdrawn document',
      () => pdf('document', '1', 'v1'),
      'withdrawn',
      '已撤回：此文件于 2026-12-05 发布（文件 /documents/1/，第 1 版），该文件已于 2026-12-19 撤回。',
    ],
    [
      'the withdrawal notice itself',
      () => sha('notice 1'),
      'unchanged',
      '未改动：此文件是文件 /documents/1/的撤回公告（于 2026-12-19 撤回，日志第 9 条），是现行公开版本。',
    ],
    ['a file never published', () => sha('something else'), 'unknown', '从未发布：日志中没有与此文件一致的发布记录。'],
    ['a record hash, which is no file', () => record('document', '2', 'v2').contentHash, 'unknown', '从未发布'],
    ['a hash given in upper case', () => page('document', '2', 'v2').toUpperCase(), 'unchanged', '未改动'],
  ])('%s', async (_, hash, kind, sentence) => {
    const result = await verdictFor(hash())
    expect(result.kind).toBe(kind)
    expect(result.sentence).toContain(sentence)
    if (kind === 'unknown') expect(result.entry).toBeUndefined()
    else expect(result.entry?.files.map((file) => file.sha256)).toContain(hash().toLowerCase())
  })

  it('without batch headers, a replacement is not dated', async () => {
    const result = await verdictFor(page('document', '2', 'v1'), [])
    expect(result.kind).toBe('superseded')
    expect(result.sentence).toContain('，此后被新版本取代，')
  })

  it('without the item’s history, judges from the file’s own records', () => {
    const hash = page('document', '2', 'v1')
    expect(verdict(hash, find(hash), []).kind).toBe('unchanged')
    const withdrawn = pdf('document', '1', 'v1')
    expect(verdict(withdrawn, find(withdrawn), []).kind).toBe('unchanged')
  })
})
