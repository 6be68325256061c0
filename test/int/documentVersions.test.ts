/**
 * Issue 22 through the CMS and the export: a document's earlier versions entered in the
 * `versions` rows, checked on save in Chinese, governed by review, and published in the
 * snapshot with their bodies in the block format and the version index.
 *
 * The document is 《互联网上网服务营业场所管理条例》 with three versions: a 原文 written for
 * this test (its dates are the real 2002 ones, its text is not), then the real 2019 text
 * (修订, cited: not in this gazette) and the real 2022 text (修正 by 国务院令第752号, which is
 * in the gazette) from test/fixtures/history/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { resolveVersionIndex } from '../../core/history/versionIndex'
import { documentSchema, type PublicDocument } from '../../core/snapshot/schema'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { call, createStaff, publishThroughReview, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'history')
const fixture = (name: string) => markdownToLexical(fs.readFileSync(path.join(fixtures, name), 'utf8'))
const meta = JSON.parse(fs.readFileSync(path.join(fixtures, 'wangba.json'), 'utf8')) as {
  title: string
  before: { promulgatedDate: string; effectiveDate: string }
  after: { promulgatedDate: string; effectiveDate: string }
}
/** Noon in the gazette's time zone, as the admin's day picker stores a day. */
const noon = (day: string) => `${day}T04:00:00.000Z`

let gazette: TempGazette
let staff: Staff
let orgId: number
let decisionId: number
let decisionSlug: string
let regulationId: number
let regulationSlug: string
const snapshotDir = () => path.join(gazette.dir, 'snapshot-out')

const originalRow = () => ({
  kind: 'original',
  title: meta.title,
  body: markdownToLexical(
    '第一条 为了加强对互联网上网服务营业场所的管理，制定本条例。\n\n第二条 本条例所称互联网上网服务营业场所，是指通过计算机等装置向公众提供互联网上网服务的网吧、电脑休闲室等营业性场所。',
  ),
  promulgatedDate: noon('2002-09-29'),
  effectiveDate: noon('2002-11-15'),
})
const revisionRow = () => ({
  kind: 'revision',
  title: meta.title,
  body: fixture('wangba-2019.md'),
  promulgatedDate: noon(meta.before.promulgatedDate),
  effectiveDate: noon(meta.before.effectiveDate),
  amendedByCitation: '《国务院关于修改部分行政法规的决定》（中华人民共和国国务院令第710号）',
})

async function exported(slug: string): Promise<PublicDocument> {
  await exportSnapshot(gazette.payload, { outDir: snapshotDir(), gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
  return documentSchema.parse(JSON.parse(fs.readFileSync(path.join(snapshotDir(), 'documents', `${slug}.json`), 'utf8')))
}

type ErrorBody = { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string; path?: string }> } }> }
async function fieldErrors(response: Response): Promise<Array<{ message: string; path?: string }>> {
  const body = (await response.json()) as ErrorBody
  return (body.errors ?? []).flatMap((e) => e.data?.errors ?? [])
}

beforeAll(async () => {
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '中华人民共和国国务院', slug: 'guowuyuan' } })).id
  staff = await createStaff(gazette)
  const decision = await publishThroughReview(gazette, staff, 'documents', {
    title: '国务院关于修改和废止部分行政法规的决定',
    docNumberRaw: '国务院令第752号',
    kind: 'other',
    issuers: [orgId],
    writtenDate: noon('2022-03-29'),
    publishedDate: noon('2022-03-29'),
    effectiveDate: noon('2022-05-01'),
    disclosure: 'proactive',
    body: fixture('decision-752.md'),
  })
  expect(decision.statuses).toEqual([201, 200, 200])
  decisionId = decision.doc.id
  decisionSlug = String(decision.doc.slug)
  const regulation = await publishThroughReview(gazette, staff, 'documents', {
    title: meta.title,
    kind: 'other',
    issuers: [orgId],
    writtenDate: noon(meta.after.promulgatedDate),
    publishedDate: noon(meta.after.promulgatedDate),
    effectiveDate: noon(meta.after.effectiveDate),
    disclosure: 'proactive',
    body: fixture('wangba-2022.md'),
    versionKind: 'amendment',
    amendedBy: decisionId,
    versions: [originalRow(), revisionRow()],
  })
  expect(regulation.statuses).toEqual([201, 200, 200])
  regulationId = regulation.doc.id
  regulationSlug = String(regulation.doc.slug)
}, 300_000)

afterAll(async () => {
  await gazette?.cleanup()
})

describe('a document with three versions in the snapshot', () => {
  it('carries its earlier versions with their dates, bodies as blocks, and its amending document by public id', async () => {
    const doc = await exported(regulationSlug)
    expect(doc.versionKind).toBe('amendment')
    expect(doc.amendedBy).toEqual({ type: 'document', documentId: decisionSlug })
    expect(doc.earlierVersions.map((v) => [v.kind, v.promulgatedDate, v.effectiveDate])).toEqual([
      ['original', '2002-09-29', '2002-11-15'],
      ['revision', '2019-03-24', '2019-03-24'],
    ])
    expect(doc.earlierVersions[1]?.amendedBy).toEqual({ type: 'citation', text: revisionRow().amendedByCitation })
    expect(doc.earlierVersions[1]?.body.length).toBeGreaterThan(40)
    expect(doc.earlierVersions[1]?.body[0]?.type).toBe('heading')
  })

  it('carries the version index: names, dates and the articles the 修正 changed, derived from the texts', async () => {
    const index = (await exported(regulationSlug)).versionIndex
    expect(index?.versions.map((v) => [v.number, v.label, v.effectiveDate])).toEqual([
      [1, '原文', '2002-11-15'],
      [2, '2019年第一次修订', '2019-03-24'],
      [3, '2022年第一次修正', '2022-05-01'],
    ])
    expect(index?.versions[2]?.amendedBy).toEqual({ type: 'document', documentId: decisionSlug })
    expect(index?.versions[2]?.changes?.changed).toEqual(['第十一条'])
    expect(index?.versions[2]?.changes?.added).toEqual(['第三十二条'])
  })

  it('relates the amending decision and the regulation both ways (修改 / 被…修改), from the history, with no relation entered', async () => {
    expect((await gazette.payload.find({ collection: 'document-relations', limit: 0 })).totalDocs).toBe(0)
    const [regulation, decision] = [await exported(regulationSlug), await exported(decisionSlug)]
    expect(regulation.relations).toEqual([
      expect.objectContaining({ side: 'amendedBy', documentId: decisionSlug, date: meta.after.effectiveDate }),
    ])
    expect(decision.relations).toEqual([
      expect.objectContaining({ side: 'amends', documentId: regulationSlug, date: meta.after.effectiveDate }),
    ])
  })

  it.each([
    ['2002-11-14', 'not-yet-in-force', null],
    ['2002-11-15', 'in-force', 1],
    ['2019-03-23', 'in-force', 1],
    ['2019-03-24', 'in-force', 2],
    ['2022-04-30', 'in-force', 2],
    ['2022-05-01', 'in-force', 3],
    ['2026-01-01', 'in-force', 3],
  ])('on %s the index answers %s, version %s', async (date, state, number) => {
    const index = (await exported(regulationSlug)).versionIndex
    if (!index) throw new Error('no version index')
    const on = resolveVersionIndex(index, date)
    expect(on.state).toBe(state)
    expect(on.state === 'in-force' ? on.version.number : null).toBe(number)
  })

  it('keeps a document without versions a one-version history', async () => {
    const doc = await exported(decisionSlug)
    expect(doc.versionKind).toBe('original')
    expect(doc.earlierVersions).toEqual([])
    expect(doc.versionIndex?.versions.map((v) => [v.label, v.effectiveDate])).toEqual([['原文', '2022-05-01']])
  })
})

describe('a new version passes review before it is public', () => {
  const correction = () => ({
    kind: 'correction',
    title: meta.title,
    body: fixture('wangba-2022.md'),
    promulgatedDate: noon('2022-06-01'),
    effectiveDate: noon('2022-05-01'),
  })

  it('a version added in a draft stays out of the snapshot, and an approval does not cover it', async () => {
    // Approved first, then a version added: the approval no longer covers what would be published.
    const edit = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      keywords: ['网吧'],
    })
    expect(edit.status).toBe(200)
    const submit = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      workflowAction: 'submit',
    })
    expect(submit.status).toBe(200)
    const approve = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      workflowAction: 'approve',
    })
    expect(approve.status).toBe(200)
    // The current text becomes the fourth version's 勘误; the 2022 text moves into the rows.
    const draft = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      versions: [
        originalRow(),
        revisionRow(),
        { ...correction(), kind: 'amendment', amendedBy: decisionId, promulgatedDate: noon('2022-03-29') },
      ],
      versionKind: 'correction',
      amendedBy: null,
      publishedDate: noon('2022-06-01'),
      effectiveDate: noon('2022-05-02'),
    })
    expect(draft.status).toBe(200)
    const latest = await gazette.payload.findByID({ collection: 'documents', id: regulationId, draft: true, depth: 0 })
    expect(latest.reviewState).toBe('draft')
    expect((await exported(regulationSlug)).earlierVersions).toHaveLength(2)

    const publish = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${regulationId}`, { _status: 'published' })
    expect(publish.status).toBeGreaterThanOrEqual(400)
    expect((await exported(regulationSlug)).earlierVersions).toHaveLength(2)

    const resubmit = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      workflowAction: 'submit',
    })
    expect(resubmit.status).toBe(200)
    const reapprove = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      workflowAction: 'approve',
    })
    expect(reapprove.status).toBe(200)
    const published = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${regulationId}`, { _status: 'published' })
    expect(published.status).toBe(200)
    const doc = await exported(regulationSlug)
    expect(doc.earlierVersions.map((v) => v.kind)).toEqual(['original', 'revision', 'amendment'])
    expect(doc.versionKind).toBe('correction')
    expect(doc.versionIndex?.versions.map((v) => v.label)).toEqual(['原文', '2019年第一次修订', '2022年第一次修正', '2022年第一次勘误'])
  })
})

describe('the history is checked on save, in Chinese, on the field to correct', () => {
  it.each([
    [
      'a first version that is not the 原文',
      { versions: [{ ...originalRow(), kind: 'amendment', amendedByCitation: '某决定' }, revisionRow()] },
      'versions.0.kind',
      '第一个版本应为原文',
    ],
    [
      'an earlier version in force after the current text',
      { versions: [originalRow(), { ...revisionRow(), effectiveDate: noon('2023-01-01'), promulgatedDate: noon('2022-12-01') }] },
      'effectiveDate',
      '早于前一个版本',
    ],
    [
      'an amendment without its amending document',
      { versions: [originalRow(), { ...revisionRow(), amendedByCitation: '' }] },
      'versions.1.amendedBy',
      '没有注明修改文件',
    ],
    [
      'a version without a 施行日期',
      { versions: [originalRow(), { ...revisionRow(), effectiveDate: null }] },
      'versions.1.effectiveDate',
      '没有施行日期',
    ],
  ])('refuses %s', async (_what, change, errorPath, words) => {
    const response = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      ...change,
    })
    expect(response.status).toBe(400)
    const errors = await fieldErrors(response)
    const error = errors.find((e) => e.path === errorPath)
    expect(error?.message, JSON.stringify(errors)).toContain(words)
  })
})

describe('personal data in an earlier version', () => {
  it('blocks submission like personal data in the body, and the one-click mask covers it', async () => {
    const idCard = '11010519491231002X'
    const withPersonalData = {
      ...originalRow(),
      body: markdownToLexical(`第一条 为了加强对互联网上网服务营业场所的管理，制定本条例。当事人身份证号码${idCard}。`),
    }
    const edit = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      versions: [withPersonalData, revisionRow()],
    })
    expect(edit.status).toBe(200)
    const refused = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      workflowAction: 'submit',
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('第1个版本的正文')

    const masked = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, {
      _status: 'draft',
      versions: [withPersonalData, revisionRow()],
      maskPersonalData: true,
    })
    expect(masked.status).toBe(200)
    const latest = await gazette.payload.findByID({ collection: 'documents', id: regulationId, draft: true, depth: 0 })
    expect(JSON.stringify(latest.versions?.[0]?.body)).not.toContain(idCard)
  })
})
