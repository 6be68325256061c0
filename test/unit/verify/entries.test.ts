/** Which entries a build adds (core/verify/entries.ts nextEntries): kinds, versions, order, chaining. */
import { describe, expect, it } from 'vitest'
import { latestEntries } from '../../../core/verify/batches'
import { entryHash, type ItemRecord, itemKey, type LogEntry, nextEntries, ZERO_HASH } from '../../../core/verify/entries'
import { FOUR_BUILDS, logOf, noticeOf, record, sha } from './logFixture'

const START = { seq: 1, prev: ZERO_HASH }

async function latestAfter(...builds: ItemRecord[][]): Promise<Map<string, LogEntry>> {
  return latestEntries(await logOf(builds.map((records, i) => ({ records, builtAt: `2026-12-0${i + 1}T00:00:00.000Z` }))))
}

type Case = [string, ItemRecord[][], ItemRecord[], Array<Pick<LogEntry, 'kind' | 'version'> & { key: string }>]

describe('nextEntries: what changed since the log’s latest entries', () => {
  it.each<Case>([
    ['a new item is published', [], [record('document', '1')], [{ key: 'document/1', kind: 'publish', version: 1 }]],
    ['an unchanged item adds nothing', [[record('document', '1')]], [record('document', '1')], []],
    [
      'a changed page is an update',
      [[record('document', '1')]],
      [{ ...record('document', '1'), files: [{ path: '/documents/1/', sha256: sha('x') }, record('document', '1').files[1]!] }],
      [{ key: 'document/1', kind: 'update', version: 2 }],
    ],
    [
      'a changed record alone is an update',
      [[record('document', '1')]],
      [{ ...record('document', '1'), contentHash: sha('other') }],
      [{ key: 'document/1', kind: 'update', version: 2 }],
    ],
    [
      'a file added is an update',
      [[record('document', '1')]],
      [{ ...record('document', '1'), files: [...record('document', '1').files, { path: '/files/1/b.pdf', sha256: sha('b') }] }],
      [{ key: 'document/1', kind: 'update', version: 2 }],
    ],
    [
      'a file moved to another address is an update',
      [[record('document', '1')]],
      [
        {
          ...record('document', '1'),
          files: [{ path: '/documents/1/new/', sha256: record('document', '1').files[0]!.sha256 }, record('document', '1').files[1]!],
        },
      ],
      [{ key: 'document/1', kind: 'update', version: 2 }],
    ],
    [
      'the same files in another order are unchanged',
      [[record('document', '1')]],
      [{ ...record('document', '1'), files: [...record('document', '1').files].reverse() }],
      [],
    ],
    [
      'an issue with one more correction is a correction',
      [[record('issue', '1', 'v1', { corrections: 0 })]],
      [record('issue', '1', 'v2', { corrections: 1 })],
      [{ key: 'issue/1', kind: 'correction', version: 2 }],
    ],
    [
      'an issue changed without a new correction is an update',
      [[record('issue', '1', 'v1', { corrections: 1 })]],
      [record('issue', '1', 'v2', { corrections: 1 })],
      [{ key: 'issue/1', kind: 'update', version: 2 }],
    ],
    [
      'an issue’s first correction counted from none',
      [[record('issue', '1')]],
      [record('issue', '1', 'v2', { corrections: 1 })],
      [{ key: 'issue/1', kind: 'correction', version: 2 }],
    ],
    [
      'only issues have corrections',
      [[record('document', '1', 'v1', { corrections: 0 })]],
      [record('document', '1', 'v2', { corrections: 1 })],
      [{ key: 'document/1', kind: 'update', version: 2 }],
    ],
    [
      'an item gone from the build is withdrawn',
      [[record('document', '1'), record('document', '2')]],
      [record('document', '2')],
      [{ key: 'document/1', kind: 'withdraw', version: 2 }],
    ],
    [
      'an item showing its withdrawal notice is withdrawn',
      [[record('document', '1')]],
      [noticeOf('1')],
      [{ key: 'document/1', kind: 'withdraw', version: 2 }],
    ],
    [
      'a withdrawn item still gone adds nothing',
      [[record('document', '1'), record('document', '2')], [record('document', '2')]],
      [record('document', '2')],
      [],
    ],
    ['an unchanged withdrawal notice adds nothing', [[record('document', '1')], [noticeOf('1')]], [noticeOf('1')], []],
    [
      'a notice shown for an item withdrawn by absence is logged as a withdrawal',
      [[record('document', '1'), record('document', '2')], [record('document', '2')]],
      [noticeOf('1'), record('document', '2')],
      [{ key: 'document/1', kind: 'withdraw', version: 3 }],
    ],
    [
      'public again after a withdrawal by absence: published',
      [[record('document', '1'), record('document', '2')], [record('document', '2')]],
      [record('document', '1'), record('document', '2')],
      [{ key: 'document/1', kind: 'publish', version: 3 }],
    ],
    [
      'public again after a withdrawal notice: published',
      [[record('document', '1')], [noticeOf('1')]],
      [record('document', '1', 'v2')],
      [{ key: 'document/1', kind: 'publish', version: 3 }],
    ],
    ['a withdrawn item never logged is logged as withdrawn', [], [noticeOf('1')], [{ key: 'document/1', kind: 'withdraw', version: 1 }]],
    [
      'interpretations like documents',
      [[record('interpretation', '5')]],
      [record('interpretation', '5', 'v2')],
      [{ key: 'interpretation/5', kind: 'update', version: 2 }],
    ],
  ])('%s', async (_, before, current, expected) => {
    const latest = await latestAfter(...before)
    const last = [...latest.values()].sort((a, b) => a.seq - b.seq).pop()
    const start = last ? { seq: last.seq + 1, prev: await entryHash(last) } : START
    const entries = await nextEntries(latest, current, start)
    expect(entries.map((entry) => ({ key: itemKey(entry.item), kind: entry.kind, version: entry.version }))).toEqual(expected)
  })

  it('a withdrawal by absence carries no files, the withdrawn record’s hash and the build’s day and role', async () => {
    const latest = await latestAfter([record('document', '1')])
    const [entry] = await nextEntries(latest, [], { seq: 2, prev: sha('p'), date: '2027-01-02', decidedBy: 'office' })
    expect(entry).toMatchObject({
      kind: 'withdraw',
      files: [],
      date: '2027-01-02',
      decidedBy: 'office',
      contentHash: record('document', '1').contentHash,
    })
    expect(entry?.item).toEqual(record('document', '1').item)
  })

  it('without the build’s day, a withdrawal by absence keeps the latest entry’s date and role', async () => {
    const latest = await latestAfter([record('document', '1')])
    const [entry] = await nextEntries(latest, [], { seq: 2, prev: sha('p') })
    expect(entry).toMatchObject({ kind: 'withdraw', date: '2026-12-05', decidedBy: 'publisher' })
  })

  it('a withdrawal notice is logged with the notice page and its withdrawal date', async () => {
    const latest = await latestAfter([record('document', '1')])
    const [entry] = await nextEntries(latest, [noticeOf('1')], { seq: 2, prev: sha('p') })
    expect(entry).toMatchObject({ kind: 'withdraw', date: '2026-12-19', files: noticeOf('1').files })
  })

  it('orders entries documents, interpretations, issues; numeric ids as numbers, before other ids', async () => {
    const current = [
      record('issue', '2'),
      record('document', 'b'),
      record('interpretation', '3'),
      record('document', '10'),
      record('issue', '1'),
      record('document', '9'),
      record('document', 'a'),
      record('document', '010'),
      record('document', '2'),
    ]
    const entries = await nextEntries(new Map(), current, START)
    expect(entries.map((entry) => itemKey(entry.item))).toEqual([
      'document/2',
      'document/9',
      'document/010',
      'document/10',
      'document/a',
      'document/b',
      'interpretation/3',
      'issue/1',
      'issue/2',
    ])
  })

  it('identical inputs in any order give identical entries', async () => {
    const latest = await latestAfter([record('document', '1'), record('document', '2'), record('issue', '7')])
    const current = [record('issue', '7', 'v2'), record('document', '3'), record('document', '2', 'v2'), record('interpretation', '4')]
    const start = { seq: 4, prev: sha('prev'), date: '2026-12-31' }
    const a = await nextEntries(latest, current, start)
    const b = await nextEntries(latest, [...current].reverse(), start)
    expect(b).toEqual(a)
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })

  it('numbers entries from start.seq and chains each to the one before', async () => {
    const start = { seq: 42, prev: sha('entry 41') }
    const entries = await nextEntries(new Map(), [record('document', '1'), record('document', '2'), record('issue', '1')], start)
    expect(entries.map((entry) => entry.seq)).toEqual([42, 43, 44])
    expect(entries[0]?.prev).toBe(start.prev)
    expect(entries[1]?.prev).toBe(await entryHash(entries[0]!))
    expect(entries[2]?.prev).toBe(await entryHash(entries[1]!))
  })

  it('sorts an entry’s files by address and keeps only the item’s public fields', async () => {
    const input = record('document', '1')
    const [entry] = await nextEntries(
      new Map(),
      [{ ...input, item: { ...input.item, extra: 'x' } as never, files: [...input.files].reverse() }],
      START,
    )
    expect(entry?.files.map((file) => file.path)).toEqual(['/documents/1/', '/files/1/附件.pdf'])
    expect(entry?.item).toEqual(input.item)
  })

  it('refuses an item given twice and a hash that is not SHA-256 hex', async () => {
    await expect(nextEntries(new Map(), [record('document', '1'), record('document', '1')], START)).rejects.toThrow(TypeError)
    await expect(nextEntries(new Map(), [{ ...record('document', '1'), contentHash: 'abc' }], START)).rejects.toThrow(TypeError)
  })

  it('counts versions per item across builds', async () => {
    const batches = await logOf(FOUR_BUILDS)
    const history = (key: string): string[] =>
      batches
        .flatMap((batch) => batch.entries)
        .filter((entry) => itemKey(entry.item) === key)
        .map((entry) => `${entry.kind} ${entry.version}`)
    expect(batches.map((batch) => batch.entries.length)).toEqual([5, 3, 2, 1])
    expect(history('document/1')).toEqual(['publish 1', 'withdraw 2'])
    expect(history('document/2')).toEqual(['publish 1', 'update 2'])
    expect(history('document/3')).toEqual(['publish 1', 'withdraw 2', 'publish 3'])
    expect(history('document/4')).toEqual(['publish 1'])
    expect(history('interpretation/1')).toEqual(['publish 1'])
    expect(history('issue/1')).toEqual(['publish 1', 'correction 2'])
  })
})
