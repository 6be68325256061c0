/**
 * The real-text corpus of the second search evaluation (issue 21): the committed LawRefBook
 * fixture converts, through the generated corpus's snapshot writer, into a snapshot the schema
 * accepts, with the title, issuer, dates and number each file states; and every answer of the
 * real-text query set is a document of that corpus.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { checkDocumentDates } from '../../core/documents/documentDates'
import { documentSchema, manifestSchema, snapshotPaths } from '../../core/snapshot/schema'
import { writeCorpusSnapshot } from '../../scripts/corpus'
import { issuerNames } from '../../scripts/lawCorpus/issuerNames'
import { lawCorpus } from '../../scripts/lawCorpus/lawCorpus'
import { lawFacts } from '../../scripts/lawCorpus/lawFacts'
import { LAW_COMMIT, readLawFixture, type LawFixture } from '../../scripts/lawCorpus/lawFixture'
import { lawEvalQueries } from '../../scripts/searchEval/lawQueries'

const fixture = readLawFixture()
const whole = lawCorpus(fixture)
const dirs: string[] = []

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
})

const CHOSEN = [
  '行政法规/政府信息公开条例(2019-04-03).md',
  '行政法规/信访工作条例(2022-02-25).md',
  '诉讼与非诉讼程序法/民事诉讼法(2021-12-24).md',
  '诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md',
  '司法解释/最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定(2024-01-17).md',
  '宪法/宪法.md',
  'DLC/浙江地方法规/地方性法规/浙江/宁波市人民调解条例(2015-04-13).md',
  '部门规章/人力资源社会保障部/企业职工带薪年休假实施办法(2008-07-17).md',
]
const handful: LawFixture = {
  ...fixture,
  files: fixture.files.filter((file) => CHOSEN.includes(file.path) || file.path.startsWith('民法典/')),
}
const small = lawCorpus(handful)
const organizations = new Map(small.corpus.organizations.map((organization) => [organization.key, organization.name]))
const documentOf = (key: string) => {
  const document = small.corpus.documents.find((candidate) => candidate.slug === small.slugs.get(key))
  if (!document) throw new Error(`not converted: ${key}`)
  return { ...document, issuers: document.issuers.map((issuer) => organizations.get(issuer)) }
}

describe('the LawRefBook fixture', () => {
  it('holds the pinned commit’s files, every one of them converted', () => {
    expect(fixture.commit).toBe(LAW_COMMIT)
    expect(fixture.files.length).toBeGreaterThan(2000)
    expect(whole.skipped).toEqual([])
    // 民法典's eight books are one document.
    expect(whole.corpus.documents).toHaveLength(fixture.files.length - 7)
    for (const document of whole.corpus.documents) expect(checkDocumentDates(document)).toEqual([])
  })

  it('answers every real-text query with a document of the corpus', () => {
    const queries = lawEvalQueries(whole.slugs)
    expect(queries.length).toBeGreaterThanOrEqual(60)
    expect(new Set(queries.map((query) => query.query)).size).toBe(queries.length)
    // The held-out queries are reported apart (scripts/searchEval/lawQueries.ts).
    expect(queries.filter((query) => query.heldOut).length).toBeGreaterThanOrEqual(30)
    expect(() => lawEvalQueries(new Map([...whole.slugs].filter(([key]) => key !== '民法典')))).toThrow(/民法典/)
  })
})

describe('lawCorpus', () => {
  it('reads title, issuer, dates and number from the history lines and the text', () => {
    expect(documentOf('行政法规/政府信息公开条例(2019-04-03).md')).toMatchObject({
      title: '中华人民共和国政府信息公开条例',
      kind: 'administrative-regulation',
      issuers: ['国务院'],
      writtenDate: '2019-04-03',
      publishedDate: '2019-04-03',
      effectiveDate: '2019-05-15',
      docNumberRaw: '中华人民共和国国务院令第711号',
    })
    expect(documentOf('司法解释/最高人民法院关于审理涉彩礼纠纷案件适用法律若干问题的规定(2024-01-17).md')).toMatchObject({
      kind: 'judicial-interpretation',
      issuers: ['最高人民法院'],
      writtenDate: '2023-11-13',
      publishedDate: '2024-01-17',
      effectiveDate: '2024-02-01',
      docNumber: '法释〔2024〕1号',
    })
    expect(documentOf('宪法/宪法.md')).toMatchObject({
      kind: 'law',
      issuers: ['全国人民代表大会'],
      publishedDate: '2018-03-11',
      effectiveDate: null,
    })
    expect(documentOf('DLC/浙江地方法规/地方性法规/浙江/宁波市人民调解条例(2015-04-13).md').kind).toBe('local-regulation')
    expect(documentOf('DLC/浙江地方法规/地方性法规/浙江/宁波市人民调解条例(2015-04-13).md').issuers).toEqual([
      '宁波市人民代表大会常务委员会',
    ])
    expect(documentOf('行政法规/信访工作条例(2022-02-25).md').issuers).toEqual(['中共中央', '国务院'])
    expect(documentOf('部门规章/人力资源社会保障部/企业职工带薪年休假实施办法(2008-07-17).md')).toMatchObject({
      kind: 'department-rule',
      issuers: ['人力资源和社会保障部'],
    })
  })

  it('makes 民法典’s books one document in the code’s order', () => {
    const code = documentOf('民法典')
    expect(code).toMatchObject({ title: '中华人民共和国民法典', issuers: ['全国人民代表大会'], effectiveDate: '2021-01-01' })
    const books = [...code.body.matchAll(/^## (\S+编|总则|附则)$/gm)].map((match) => match[1])
    expect(books).toEqual(['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则'])
    expect(code.body).toMatch(/^### 第一章\s+一般规定$/m)
    expect(code.body).not.toMatch(/^##+ *#*$/m)
    expect(code.body).toContain('第一千二百六十条 本法自2021年1月1日起施行。')
  })

  it('writes a snapshot the schema accepts, the older text of a law replaced by the newer', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-laws-')), 'snapshot')
    dirs.push(path.dirname(dir))
    writeCorpusSnapshot(small.corpus, dir, { asOf: '2026-01-01', generatedAt: '2026-01-01T00:00:00.000Z' })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, snapshotPaths.manifest), 'utf8')))
    expect(manifest.documents).toHaveLength(CHOSEN.length + 1)
    const read = (key: string) =>
      documentSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, snapshotPaths.document(small.slugs.get(key) ?? '')), 'utf8')))
    for (const key of [...CHOSEN, '民法典']) expect(read(key).body.length).toBeGreaterThan(0)
    expect(read('诉讼与非诉讼程序法/民事诉讼法(2021-12-24).md').validity.status).toBe('repealed')
    expect(read('诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md').validity.status).toBe('in-force')
    expect(read('诉讼与非诉讼程序法/民事诉讼法(2021-12-24).md').repealedOn).toBe('2023-09-01')
  })
})

describe('lawFacts', () => {
  it('leaves the effective date of an earlier text out, names both courts of a joint interpretation, and gives up without any day', () => {
    const lines = ['1995年3月1日 施行', '2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》修正']
    expect(lawFacts(lines, null)).toMatchObject({ publishedDate: '2009-08-27', effectiveDate: null })
    expect(lawFacts(['２０１３年１月１日 施行'], null)).toBeNull()
    expect(lawFacts([], null)).toBeNull()
    expect(lawFacts([], '2020-05-14')).toMatchObject({ publishedDate: '2020-05-14', issuers: [] })
    const joint = ['2018年9月17日 最高人民法院审判委员会第1749次会议', '2018年12月12日 最高人民检察院第十三届检察委员会第十一次会议通过']
    expect(lawFacts(joint, null)?.issuers).toEqual(['最高人民法院', '最高人民检察院'])
  })
})

describe('issuerNames', () => {
  it.each([
    ['第五届全国人民代表大会第五次会议通过', '', ['全国人民代表大会']],
    ['第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》修正', '', ['全国人民代表大会常务委员会']],
    ['中华人民共和国国务院、中华人民共和国中央军事委员会令第54号发布', '', ['国务院', '中央军事委员会']],
    ['最高人民法院审判委员会第1905次会议通过', '', ['最高人民法院']],
    ['北京市第十五届人民代表大会常务委员会第三十五次会议通过', '', ['北京市人民代表大会常务委员会']],
    ['市十四届人大常委会第二十次会议通过', '宁波市人民调解条例', ['宁波市人民代表大会常务委员会']],
    ['省十二届人大常委会第十八次会议批准', '宁波市人民调解条例', []],
    ['经人力资源和社会保障部第6次部务会议通过', '', ['人力资源和社会保障部']],
    ['海关总署、公安部令第7号发布', '', ['海关总署', '公安部']],
    ['北京市人民政府第56次常务会议审议通过', '', ['北京市人民政府']],
  ])('%s', (line, title, names) => {
    expect(issuerNames(line, title)).toEqual(names)
  })
})
