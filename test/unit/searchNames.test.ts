/** Query understanding: titles reduced to the names readers type, and aliases in the name index. */
import { describe, expect, it } from 'vitest'

import {
  nameEntries,
  nameOrder,
  nameShard,
  nameShardCount,
  nameShards,
  readNameShard,
  type NamedDocument,
} from '../../site/lib/search/nameIndex'
import { normalizeName, queryKeys, titleKeys } from '../../site/lib/search/nameKeys'

const keysOf = (title: string, strength: 0 | 1 = 0) =>
  titleKeys(title)
    .filter((key) => key.strength === strength)
    .map(({ key }) => key)

describe('titleKeys', () => {
  it.each([
    ['运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知', '运城市2022年政务公开工作要点'],
    ['中华人民共和国刑法', '刑法'],
    ['中华人民共和国刑法（2020年修正）', '刑法'],
    ['集贤县人民政府办公室关于印发全面落实基层政务公开标准化规范化工作的推进方案的通知', '全面落实基层政务公开标准化规范化工作的推进方案'],
    ['区政府办公室关于印发规范政务公开工作实施意见的通知', '规范政务公开工作实施意见'],
    ['某市人民政府办公室印发《某市住房公积金管理办法（试行）》的通知', '某市住房公积金管理办法'],
    ['河阳市人民政府关于加强安全生产工作的意见', '加强安全生产工作'],
    ['关于全面推进政务公开工作的实施方案', '全面推进政务公开工作的实施方案'],
  ])('%s is also called %s', (title, core) => {
    expect(keysOf(title)).toContain(core)
    // The whole title always names its document too.
    expect(keysOf(title)[0]).toBe(normalizeName(title))
  })

  it('keeps 关于…的意见 as readers cite it, without the issuer', () => {
    expect(keysOf('河阳市人民政府关于加强安全生产工作的意见')).toContain('加强安全生产工作的意见')
  })

  it('names a yearly series without its place and year, at the weaker strength', () => {
    const title = '运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知'
    expect(keysOf(title, 1)).toEqual(['政务公开工作要点'])
    expect(keysOf(title)).not.toContain('政务公开工作要点')
  })

  it('never reduces a title to a single character or to nothing', () => {
    for (const title of ['关于印发法的通知', '通知', '刑法']) {
      for (const { key } of titleKeys(title)) expect(key.length).toBeGreaterThanOrEqual(2)
    }
  })
})

describe('normalizeName', () => {
  it.each([
    ['《刑法》', '刑法'],
    ['刑　法', '刑法'],
    ['“个保法”', '个保法'],
    ['ＡＢＣ１２３', 'abc123'],
  ])('%s compares as %s', (typed, key) => {
    expect(normalizeName(typed)).toBe(key)
  })
})

describe('queryKeys', () => {
  it('reduces a typed full title to the same core the build indexed', () => {
    const title = '锦州市政务公开领导小组关于印发2019年政务公开工作安排的通知'
    const indexed = new Set(titleKeys(title).map(({ key }) => key))
    expect(queryKeys(title).every((key) => indexed.has(key))).toBe(true)
    expect(queryKeys('《2019年政务公开工作安排》')).toEqual(['2019年政务公开工作安排'])
  })
})

const document = (overrides: Partial<NamedDocument>): NamedDocument => ({
  url: '/documents/a/',
  title: '中华人民共和国个人信息保护法',
  number: null,
  issuers: '全国人民代表大会常务委员会',
  publishedDate: '2021-08-20',
  current: true,
  aliases: [],
  formerTitles: [],
  superseded: [],
  ...overrides,
})

describe('nameEntries', () => {
  it('indexes 简称 and 曾用名 as their own fields, with the alias as entered', () => {
    const entries = nameEntries(
      document({
        aliases: [
          { name: '个保法', kind: 'short' },
          { name: '《网络信息保护条例》', kind: 'former' },
        ],
      }),
    )
    expect(entries.find((entry) => entry.key === '个保法')).toMatchObject({ field: '简称', alias: '个保法', strength: 0 })
    expect(entries.find((entry) => entry.key === '网络信息保护条例')).toMatchObject({ field: '曾用名' })
    expect(entries.find((entry) => entry.key === '个人信息保护法')).toMatchObject({ field: '标题' })
  })

  it('drops an alias that is one character or already a title key', () => {
    const entries = nameEntries(
      document({
        aliases: [
          { name: '法', kind: 'short' },
          { name: '个人信息保护法', kind: 'short' },
        ],
      }),
    )
    // Besides the title's keys, only the key its abbreviations are looked up under (abbreviations.ts).
    expect(entries.filter((entry) => entry.field !== '标题')).toEqual([expect.objectContaining({ field: '简称推断', key: '个…法' })])
  })

  it('indexes the titles a document took the place of under their own keys, with the relation', () => {
    const entries = nameEntries(
      document({
        title: '中华人民共和国民法典',
        superseded: [
          { title: '中华人民共和国合同法', relation: 'replaces' },
          { title: '某市关于加强物业管理的通知', relation: 'repeals' },
        ],
      }),
    )
    expect(entries.find((entry) => entry.key === '合同法')).toMatchObject({
      field: '取代',
      alias: '中华人民共和国合同法',
      url: '/documents/a/',
    })
    expect(entries.find((entry) => entry.key === '加强物业管理')).toMatchObject({ field: '废止' })
    // Never a series name of a superseded title: it names that one text.
    expect(entries.filter((entry) => entry.field === '废止').every((entry) => entry.strength === 0)).toBe(true)
  })

  it('indexes the titles of earlier versions as 曾用标题, reduced like titles but never to a series name', () => {
    const former = '运城市人民政府办公室关于印发运城市政务公开暂行办法的通知'
    const entries = nameEntries(document({ title: '运城市人民政府办公室关于印发运城市政务公开办法的通知', formerTitles: [former] }))
    for (const key of [normalizeName(former), '运城市政务公开暂行办法']) {
      expect(entries.find((entry) => entry.key === key)).toMatchObject({ field: '曾用标题', alias: former, strength: 0 })
    }
    expect(entries.some((entry) => entry.key === '政务公开暂行办法')).toBe(false)
    // The document is shown under its title now.
    expect(new Set(entries.map((entry) => entry.title))).toEqual(new Set(['运城市人民政府办公室关于印发运城市政务公开办法的通知']))
    expect(readNameShard({ entries })).toEqual(entries)
  })

  it('gives an earlier title no entry where it reduces to a key the title has', () => {
    const entries = nameEntries(document({ title: '某市住房公积金管理办法', formerTitles: ['某市住房公积金管理办法（试行）'] }))
    // Without （试行） it is the title now: only the whole earlier title is an entry of its own.
    expect(entries.filter((entry) => entry.field === '曾用标题').map((entry) => entry.key)).toEqual([
      normalizeName('某市住房公积金管理办法（试行）'),
    ])
  })
})

describe('name shards', () => {
  it('hash a key to the same shard every time, within the count', () => {
    expect(nameShard('个保法', 64)).toBe(nameShard('个保法', 64))
    for (const key of ['刑法', '个保法', '政务公开工作要点']) expect(nameShard(key, 8)).toBeLessThan(8)
  })

  it('grow in powers of two with the number of keys', () => {
    expect(nameShardCount(0)).toBe(1)
    expect(nameShardCount(24)).toBe(1)
    expect(nameShardCount(25)).toBe(2)
    expect(nameShardCount(40_000)).toBe(2048)
  })

  it('put every entry in the shard its key hashes to, best first', () => {
    const old = nameEntries(document({ url: '/documents/old/', publishedDate: '2010-01-01', current: false }))
    const current = nameEntries(document({ url: '/documents/new/', publishedDate: '2020-01-01' }))
    const shards = nameShards([...old, ...current], 4)
    const shard = shards[nameShard('个人信息保护法', 4)] ?? []
    expect(shard.filter((entry) => entry.key === '个人信息保护法').map((entry) => entry.url)).toEqual([
      '/documents/new/',
      '/documents/old/',
    ])
  })

  it('order a document before its replaced predecessor, and a series name after own names', () => {
    const [own] = nameEntries(document({}))
    expect(own).toBeDefined()
    if (!own) return
    expect(nameOrder({ ...own, current: true }, { ...own, current: false, publishedDate: '2030-01-01' })).toBeLessThan(0)
    expect(nameOrder({ ...own, strength: 0, publishedDate: '2000-01-01' }, { ...own, strength: 1 })).toBeLessThan(0)
  })

  it('read back only well-formed entries', () => {
    const [entry] = nameEntries(document({}))
    expect(readNameShard({ entries: [entry, { key: 1 }, null, { ...entry, field: '<script>' }] })).toEqual([entry])
    expect(readNameShard('not json')).toEqual([])
  })
})
