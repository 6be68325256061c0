/** Query understanding: quoted phrases, the first-page re-ordering, and why a result matched. */
import { describe, expect, it } from 'vitest'

import { matchReasons } from '../../site/lib/search/matchReasons'
import { parseQuery } from '../../site/lib/search/queryPhrases'
import { rerank, rerankTier } from '../../site/lib/search/rerank'
import { searchFields } from '../../site/lib/search/searchFields'
import { searchWords } from '../../site/lib/search/segment'

describe('parseQuery', () => {
  it.each([
    ['"政务公开 工作"', '政务公开 工作', ['政务公开工作']],
    ['“以公开促服务”', '以公开促服务', ['以公开促服务']],
    ['「主动公开」 目录', '主动公开 目录', ['主动公开']],
    ['『一网通办』和“跨省通办”', '一网通办 和 跨省通办', ['一网通办', '跨省通办']],
    ['＂ＡＢ＂', 'ＡＢ', ['ab']],
    ['没有引号', '没有引号', []],
    ['“未闭合', '未闭合', []],
  ])('%s', (query, words, phrases) => {
    expect(parseQuery(query)).toEqual({ words, phrases })
  })
})

const item = (title: string, content: string, labels: string[] = []) => ({ title, content, labels })

describe('rerankTier', () => {
  it('puts first a result whose title or issuer holds every part of the query', () => {
    expect(rerankTier(item('河阳市物业管理办法', '…'), parseQuery('物业管理'))).toBe(0)
    expect(rerankTier(item('关于物业管理的通知', '…', ['河阳市住房和城乡建设局']), parseQuery('住房和城乡建设局 物业'))).toBe(0)
  })

  it('puts an issuer typed in full before the longer issuer it begins', () => {
    const query = parseQuery('河阳市人民政府 消防')
    expect(rerankTier(item('关于消防安全的通知', '…', ['河阳市人民政府']), query)).toBe(0)
    expect(rerankTier(item('关于消防安全的通知', '…', ['河阳市人民政府办公室']), query)).toBe(0.5)
  })

  it('then a result that has the query as typed in its text', () => {
    expect(rerankTier(item('通知', '加强\u200b物业管理工作'), parseQuery('物业管理'))).toBe(1)
    expect(rerankTier(item('通知', '物业服务和管理'), parseQuery('物业管理'))).toBe(2)
  })

  it('puts last a result without the quoted phrase', () => {
    expect(rerankTier(item('通知', '以公开促服务'), parseQuery('“以公开促服务”'))).toBe(1)
    expect(rerankTier(item('通知', '以公开、促服务'), parseQuery('“以公开促服务”'))).toBe(3)
  })

  it('keeps Pagefind order within a tier among texts of the same authority', () => {
    const results = [item('a', '物业和管理'), item('河阳市物业管理办法', ''), item('b', '物业管理'), item('河阳市物业管理规定', '')]
    expect(rerank(results, (result) => result, parseQuery('物业管理')).map((result) => result.title)).toEqual([
      '河阳市物业管理办法',
      '河阳市物业管理规定',
      'b',
      'a',
    ])
  })

  it('finds the query word by word in a title, not only as one string', () => {
    const query = parseQuery('房屋征收补偿')
    expect(rerankTier(item('国有土地上房屋征收与补偿条例', ''), query)).toBe(0)
    // Single characters alone never make a title hold the query.
    expect(rerankTier(item('关于房子和补助的通知', ''), query)).toBe(2)
  })
})

describe('matchReasons', () => {
  it('names the matched fields in the reader’s words, then the text, each once', () => {
    expect(matchReasons(['title', 'titleWords', 'issuer'], '关于<mark>物业</mark>')).toEqual(['标题', '发文机关', '正文'])
    expect(matchReasons(['names'], '没有高亮')).toEqual(['简称或关键词'])
    expect(matchReasons(['formerTitles'], '')).toEqual(['曾用标题'])
    expect(matchReasons(undefined, '')).toEqual([])
    expect(matchReasons(['unknownField'], '')).toEqual([])
  })
})

describe('searchFields', () => {
  it('writes each field as space-separated words, with aliases, keywords, issuers and numbers', () => {
    const fields = searchFields({
      title: '河阳市人民政府办公室关于印发河阳市物业管理办法的通知',
      issuers: [{ slug: 'hy', name: '河阳市人民政府办公室', shortName: '市政府办公室' }],
      docNumber: '河政办发〔2020〕3号',
      docNumberRaw: '河政办发[2020]3号',
      unifiedNumber: null,
      aliases: [{ name: '物业办法', kind: 'short' }],
      keywords: ['业主大会'],
    })
    expect(fields.titleWords.split(' ')).toEqual(expect.arrayContaining(['物业', '管理', '办法']))
    expect(fields.issuer).toContain('人民政府')
    expect(fields.number.split(' ')).toEqual(expect.arrayContaining(['2020', '3']))
    expect(fields.names).toMatch(/物业/)
    for (const value of Object.values(fields)) expect(value).not.toMatch(/\s{2,}|^\s|\s$/)
    // Each word once.
    expect(new Set(fields.titleWords.split(' ')).size).toBe(fields.titleWords.split(' ').length)
    expect(fields.formerTitles).toBe('')
  })

  it('writes the words of earlier versions’ titles that the title now lacks as formerTitles', () => {
    const version = { kind: 'original' as const, body: [], promulgatedDate: null, effectiveDate: null, amendedBy: null }
    const fields = searchFields({
      title: '河阳市物业管理办法',
      issuers: [{ slug: 'hy', name: '河阳市人民政府', shortName: null }],
      docNumber: null,
      docNumberRaw: null,
      unifiedNumber: null,
      aliases: [],
      keywords: [],
      earlierVersions: [
        { ...version, title: '河阳市物业服务暂行办法' },
        { ...version, kind: 'amendment', title: '河阳市物业管理办法' },
      ],
    })
    expect(fields.formerTitles.split(' ')).toEqual(expect.arrayContaining(['服务', ...searchWords('暂行').split(' ')]))
    for (const word of fields.titleWords.split(' ')) expect(fields.formerTitles.split(' ')).not.toContain(word)
  })
})
