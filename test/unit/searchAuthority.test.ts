/**
 * Search on real text (issue 21): which text of many comes first, old names that a new text
 * took over, short names read off a law's name, and colloquial terms. Titles and clauses are
 * real ones from the LawRefBook corpus (test/fixtures/laws).
 */
import { describe, expect, it } from 'vitest'

import { supersededTitles } from '../../core/search/supersededTitles'
import { abbreviationEntry, abbreviationGap, abbreviationKey } from '../../site/lib/search/abbreviations'
import { authorityLevel } from '../../site/lib/search/authority'
import { expandColloquial } from '../../site/lib/search/colloquialTerms'
import { parseQuery } from '../../site/lib/search/queryPhrases'
import { rerank } from '../../site/lib/search/rerank'
import { nameEntries, nameShardCount, nameShards, type NamedDocument } from '../../site/lib/search/nameIndex'
import { createNameLookup } from '../../site/scripts/search/nameLookup'
import { nameShardPath } from '../../core/addresses'

const titlesFirst = (titles: string[], query: string, superseded: string[] = []) =>
  rerank(
    titles.map((title) => ({ title, content: '', labels: [], superseded: superseded.includes(title) })),
    (item) => item,
    parseQuery(query),
  ).map((item) => item.title)

describe('authority', () => {
  it.each([
    ['中华人民共和国献血法', '法律'],
    ['中华人民共和国宪法', '法律'],
    ['中华人民共和国民法典', '法律'],
    ['关于全面推进政务公开工作的实施方案', '规章或地方'],
    ['中华人民共和国城市房地产管理法', '法律'],
    ['物业管理条例', '法规'],
    ['自然保护区条例', '法规'],
    ['企业职工带薪年休假实施办法', '规章或地方'],
    ['北京市献血条例', '规章或地方'],
    ['浙江省预防和制止家庭暴力条例', '规章或地方'],
    ['内蒙古自治区草原管理条例', '规章或地方'],
    ['宁波市住宅小区物业管理条例', '规章或地方'],
    ['最高人民法院关于公布失信被执行人名单信息的若干规定', '司法解释'],
  ])('%s reads as %s', (title, level) => {
    expect(authorityLevel(title)).toBe(level)
  })

  it('puts the national text a topic names before local ones, implementing rules and interpretations', () => {
    expect(titlesFirst(['北京市献血条例', '浙江省献血条例', '中华人民共和国献血法'], '献血')[0]).toBe('中华人民共和国献血法')
    expect(titlesFirst(['宁波市住宅小区物业管理条例', '北京市物业管理条例', '物业管理条例'], '物业管理')[0]).toBe('物业管理条例')
    expect(titlesFirst(['企业职工带薪年休假实施办法', '职工带薪年休假条例'], '带薪年休假')[0]).toBe('职工带薪年休假条例')
    expect(
      titlesFirst(
        ['最高人民法院关于办理申请人民法院强制执行国有土地上房屋征收补偿决定案件若干问题的规定', '国有土地上房屋征收与补偿条例'],
        '房屋征收补偿',
      )[0],
    ).toBe('国有土地上房屋征收与补偿条例')
  })

  it('reads the level from a kind that names one, and from the title otherwise', () => {
    const withKinds = (items: Array<[string, string | undefined]>, query: string) =>
      rerank(
        items.map(([title, kind]) => ({ title, content: '', labels: [], ...(kind ? { kind } : {}) })),
        (item) => item,
        parseQuery(query),
      ).map((item) => item.title)
    // The State Council's 暂行办法 reads like a department's rule; its kind says it is a regulation.
    expect(
      withKinds(
        [
          ['浙江省社会救助条例', '地方性法规'],
          ['社会救助暂行办法', '行政法规'],
        ],
        '社会救助',
      )[0],
    ).toBe('社会救助暂行办法')
    expect(
      withKinds(
        [
          ['浙江省社会救助条例', undefined],
          ['社会救助暂行办法', undefined],
        ],
        '社会救助',
      )[0],
    ).toBe('浙江省社会救助条例')
    // A kind that names no level (the gazette's own normative documents) leaves it to the title.
    expect(
      withKinds(
        [
          ['河阳市献血管理办法', '行政规范性文件'],
          ['中华人民共和国献血法', undefined],
        ],
        '献血',
      )[0],
    ).toBe('中华人民共和国献血法')
  })

  it('reads a 暂行 name as named by its subject', () => {
    expect(titlesFirst(['居住证管理若干规定', '居住证暂行条例'], '居住证')[0]).toBe('居住证暂行条例')
  })

  it('puts a document before its 解读 and a court’s interpretation of it', () => {
    expect(titlesFirst(['《河阳市科技创新实施办法》政策解读', '河阳市科技创新实施办法'], '科技创新')[0]).toBe('河阳市科技创新实施办法')
  })

  it('puts a text in force before one repealed, whatever its level', () => {
    expect(titlesFirst(['中华人民共和国献血法', '北京市献血条例'], '献血', ['中华人民共和国献血法'])[0]).toBe('北京市献血条例')
  })
})

describe('supersededTitles', () => {
  it('reads the titles a new text repeals as it takes their place', () => {
    const civilCode =
      '第一千二百六十条　本法自2021年1月1日起施行。《中华人民共和国婚姻法》、《中华人民共和国继承法》、《中华人民共和国民法通则》、《中华人民共和国收养法》、《中华人民共和国担保法》、《中华人民共和国合同法》、《中华人民共和国物权法》、《中华人民共和国侵权责任法》、《中华人民共和国民法总则》同时废止。'
    expect(supersededTitles(civilCode)).toEqual([
      '中华人民共和国婚姻法',
      '中华人民共和国继承法',
      '中华人民共和国民法通则',
      '中华人民共和国收养法',
      '中华人民共和国担保法',
      '中华人民共和国合同法',
      '中华人民共和国物权法',
      '中华人民共和国侵权责任法',
      '中华人民共和国民法总则',
    ])
    expect(
      supersededTitles(
        '第十六条 本规定施行之日起，《最高人民法院关于审理涉及计算机网络著作权纠纷案件适用法律若干问题的解释》（法释〔2006〕11号）同时废止。',
      ),
    ).toEqual(['最高人民法院关于审理涉及计算机网络著作权纠纷案件适用法律若干问题的解释'])
  })

  it('leaves out the decisions by which a repealed text was once amended', () => {
    const clause =
      '1997年7月18日北京市第十届人民代表大会常务委员会第三十八次会议通过，根据2001年5月18日北京市第十一届人民代表大会常务委员会第二十六次会议通过的《北京市道路运输管理条例修正案》第一次修订的《北京市道路运输管理条例》同时废止。'
    expect(supersededTitles(clause)).toEqual(['北京市道路运输管理条例'])
  })

  it('names nothing for a text that only cites, or a decision that repeals by its verb', () => {
    expect(supersededTitles('依照《中华人民共和国立法法》的规定，制定本条例。')).toEqual([])
    expect(supersededTitles('一、废止《北京市社会治安综合治理条例》（1992年9月19日通过）')).toEqual([])
    expect(supersededTitles('实施《北京市机构改革方案》需要制定、修改、废止地方性法规的，应当及时提出议案')).toEqual([])
  })
})

describe('abbreviations', () => {
  it('indexes a national law or regulation under its first character and kind', () => {
    expect(abbreviationEntry('中华人民共和国个人信息保护法')).toEqual({ key: '个…法', alias: '个人信息保护法' })
    expect(abbreviationEntry('物业管理条例')).toEqual({ key: '物…条例', alias: '物业管理条例' })
    expect(abbreviationEntry('北京市物业管理条例')).toBeUndefined()
    expect(abbreviationEntry('企业职工带薪年休假实施办法')).toBeUndefined()
  })

  it('matches a short name whose characters the name holds in order', () => {
    for (const [query, name] of [
      ['个保法', '个人信息保护法'],
      ['道交法', '道路交通安全法'],
      ['个税法', '个人所得税法'],
      ['民诉法', '民事诉讼法'],
      ['物管条例', '物业管理条例'],
      // The first word kept whole.
      ['税收征管法', '税收征收管理法'],
      ['治安处罚法', '治安管理处罚法'],
    ] as const) {
      expect(abbreviationKey(query)).toBe(abbreviationEntry(name)?.key)
      expect(abbreviationGap(query, name)).toBe(name.length - query.length)
    }
    expect(abbreviationGap('道交法', '道路运输法')).toBeUndefined()
    expect(abbreviationGap('个税法', '个人所得税法实施条例')).toBeUndefined()
    // Words that begin the name are another name: 劳动法 is not 劳动合同法.
    expect(abbreviationGap('劳动法', '劳动合同法')).toBeUndefined()
    expect(abbreviationGap('税收法', '税收征收管理法')).toBeUndefined()
  })

  it('leaves names, phrases and 办法 alone', () => {
    expect(abbreviationKey('刑法')).toBeUndefined()
    expect(abbreviationKey('管理办法')).toBeUndefined()
    expect(abbreviationKey('关于加强食品安全工作的若干意见和办法')).toBeUndefined()
  })
})

describe('colloquial terms', () => {
  it('searches a colloquial part in the words the texts use, and says so', () => {
    expect(expandColloquial(parseQuery('家暴 保护令'))).toEqual({ words: '家庭暴力 保护令', phrases: [], replaced: [['家暴', '家庭暴力']] })
    expect(expandColloquial(parseQuery('老赖')).words).toBe('失信被执行人')
  })

  it('keeps a quoted term and an ordinary query as typed', () => {
    expect(expandColloquial(parseQuery('“家暴”')).words).toBe('家暴')
    expect(expandColloquial(parseQuery('物业管理')).replaced).toEqual([])
  })

  it('finds a term among the words of a longer part, never inside another word', () => {
    expect(expandColloquial(parseQuery('噪音扰民'))).toEqual({ words: '噪声扰民', phrases: [], replaced: [['噪音', '噪声']] })
    expect(expandColloquial(parseQuery('年假天数')).words).toBe('年休假天数')
    // 消法 is two characters of 取消法定代表人, not one of its words.
    expect(expandColloquial(parseQuery('取消法定代表人'))).toEqual({ words: '取消法定代表人', phrases: [], replaced: [] })
    // A part that already says the texts' words keeps them.
    expect(expandColloquial(parseQuery('住房公积金')).replaced).toEqual([])
    // A title or a sentence typed whole is held by the texts as typed.
    expect(expandColloquial(parseQuery('关于做好城乡低保工作的通知')).replaced).toEqual([])
    expect(expandColloquial(parseQuery('城乡低保')).words).toBe('城乡最低生活保障')
  })
})

describe('name lookup', () => {
  const doc = (title: string, url: string, extra: Partial<NamedDocument> = {}): NamedDocument => ({
    url,
    title,
    number: null,
    issuers: '全国人民代表大会常务委员会',
    publishedDate: '2020-05-28',
    current: true,
    aliases: [],
    formerTitles: [],
    superseded: [],
    ...extra,
  })
  const documents = [
    doc('中华人民共和国民法典', '/documents/civil-code/', {
      superseded: [{ title: '中华人民共和国合同法', relation: 'replaces' }],
    }),
    doc('中华人民共和国合同法', '/documents/contract-law/', { current: false, status: '已废止', publishedDate: '1999-03-15' }),
    doc('中华人民共和国劳动合同法', '/documents/labour-contract/'),
    doc('中华人民共和国个人信息保护法', '/documents/pipl/'),
    doc('中华人民共和国个人所得税法', '/documents/iit/'),
    doc('中华人民共和国道路交通安全法', '/documents/road-traffic/'),
    doc('中华人民共和国消防法', '/documents/fire/'),
  ]
  const entries = documents.flatMap(nameEntries)
  const shardCount = nameShardCount(entries.length)
  const shards = nameShards(entries, shardCount)
  // The shard files as the build writes them, served by path as the browser would fetch them.
  const files = new Map(shards.map((shard, index) => [nameShardPath(index), { entries: shard }]))
  const lookup = createNameLookup(shardCount, async (path) => files.get(path) ?? null)
  const urls = async (query: string) => (await lookup(query)).map((entry) => entry.url)

  it('finds the text in force by the title it replaced, before the old text itself', async () => {
    expect(await urls('合同法')).toEqual(['/documents/civil-code/', '/documents/contract-law/'])
    const [successor, old] = await lookup('合同法')
    expect(successor).toMatchObject({ field: '取代', alias: '中华人民共和国合同法' })
    expect(old).toMatchObject({ field: '标题', status: '已废止' })
  })

  it('finds a law by a short name read off its name, only when the query names nothing itself', async () => {
    expect(await urls('个保法')).toEqual(['/documents/pipl/'])
    expect(await urls('个税法')).toEqual(['/documents/iit/'])
    expect(await urls('道交法')).toEqual(['/documents/road-traffic/'])
    expect(await urls('消防法')).toEqual(['/documents/fire/'])
    expect(await urls('劳动法')).toEqual([])
  })
})

describe('texts that say the query', () => {
  it('puts the text that says it most often first, then by authority', () => {
    const results = [
      { title: '中华人民共和国妇女权益保障法', content: '……产假……', labels: [] },
      { title: '女职工劳动保护特别规定', content: '产假…产假…产假', labels: [] },
      { title: '北京市文明行为促进条例', content: '从建筑物中抛掷物品', labels: [] },
    ]
    expect(rerank(results, (item) => item, parseQuery('产假')).map((item) => item.title)).toEqual([
      '女职工劳动保护特别规定',
      '中华人民共和国妇女权益保障法',
      '北京市文明行为促进条例',
    ])
    const throwing = [
      { title: '北京市文明行为促进条例', content: '从建筑物中抛掷物品', labels: [] },
      { title: '中华人民共和国民法典', content: '禁止从建筑物中抛掷物品', labels: [] },
    ]
    expect(rerank(throwing, (item) => item, parseQuery('从建筑物中抛掷物品'))[0]?.title).toBe('中华人民共和国民法典')
  })
})
