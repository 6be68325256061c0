/**
 * 导入新版本 (issue 22): a real regulation, 《互联网上网服务营业场所管理条例》 as revised in
 * 2019, is published; the editor imports its 2022 text (国务院令第752号) as a Word file
 * through POST /api/documents/:id/new-version. The draft then holds the 2022 text with the
 * 2019 text as its earlier version, the public sees nothing of it until it passes review,
 * and once published the snapshot derives the articles the decision changed. Wrong input is
 * refused in Chinese with the draft untouched; only editors may import.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { documentSchema, type PublicDocument } from '../../core/snapshot/schema'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { minimalDocx } from './helpers/minimalDocx'
import { call, createStaff, publishThroughReview, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'history')
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8')
const meta = JSON.parse(fixture('wangba.json')) as { title: string }
const noon = (day: string) => `${day}T04:00:00.000Z`

let gazette: TempGazette
let staff: Staff
let regulationId: number
let regulationSlug: string
let decisionId: number

/** The 2022 text as a Word file: the title, then one paragraph per line (chapter headings as printed). */
const revisedDocx = () =>
  minimalDocx([
    meta.title,
    ...fixture('wangba-2022.md')
      .split('\n')
      .map((line) => line.replace(/^## /, '').trim())
      .filter(Boolean),
  ])

function postNewVersion(token: string | null, fields: Record<string, string>, files: Array<{ name: string; bytes: Buffer }> = []) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const file of files) form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name)
  return gazette.rest(`/api/documents/${regulationId}/new-version`, {
    method: 'POST',
    headers: token ? { Authorization: `JWT ${token}` } : {},
    body: form,
  })
}

const messages = async (response: Response) =>
  ((await response.json()) as { errors?: Array<{ message: string; path?: string }> }).errors ?? []

async function draft() {
  return gazette.payload.findByID({ collection: 'documents', id: regulationId, draft: true, depth: 0 })
}

async function exported(slug: string): Promise<PublicDocument> {
  const outDir = path.join(gazette.dir, 'snapshot-new-version')
  await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
  return documentSchema.parse(JSON.parse(fs.readFileSync(path.join(outDir, 'documents', `${slug}.json`), 'utf8')))
}

beforeAll(async () => {
  gazette = await startTempGazette()
  const orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '中华人民共和国国务院', slug: 'guowuyuan' } }))
    .id
  staff = await createStaff(gazette)
  const common = { kind: 'other', issuers: [orgId], disclosure: 'proactive' }
  const decision = await publishThroughReview(gazette, staff, 'documents', {
    ...common,
    title: '国务院关于修改和废止部分行政法规的决定',
    docNumberRaw: '国务院令第752号',
    writtenDate: noon('2022-03-29'),
    publishedDate: noon('2022-03-29'),
    effectiveDate: noon('2022-05-01'),
    body: markdownToLexical(fixture('decision-752.md')),
  })
  decisionId = decision.doc.id
  const regulation = await publishThroughReview(gazette, staff, 'documents', {
    ...common,
    title: meta.title,
    writtenDate: noon('2019-03-24'),
    publishedDate: noon('2019-03-24'),
    effectiveDate: noon('2019-03-24'),
    body: markdownToLexical(fixture('wangba-2019.md')),
  })
  expect(regulation.statuses).toEqual([201, 200, 200])
  regulationId = regulation.doc.id
  regulationSlug = String(regulation.doc.slug)
}, 300_000)

afterAll(async () => {
  await gazette?.cleanup()
})

describe('refused, with the draft untouched', () => {
  it.each([
    ['no kind', { amendedBy: '' }, '请选择新版本的类别'],
    ['a date that does not exist', { kind: 'amendment', effectiveDate: '2022-02-30' }, '施行日期“2022-02-30”无效'],
    [
      'a 修正 without the document that made it',
      { kind: 'amendment', promulgatedDate: '2022-03-29', effectiveDate: '2022-05-01' },
      '修改文件',
    ],
  ])('%s', async (_name, fields, expected) => {
    const response = await postNewVersion(staff.editor, fields as Record<string, string>, [{ name: '条例2022.docx', bytes: revisedDocx() }])
    expect(response.status).toBe(400)
    expect((await messages(response)).map((error) => error.message).join('\n')).toContain(expected)
    expect((await draft()).versions ?? []).toEqual([])
  })

  it('two files, or none', async () => {
    const file = { name: '条例2022.docx', bytes: revisedDocx() }
    for (const files of [[], [file, file]]) {
      const response = await postNewVersion(staff.editor, { kind: 'amendment' }, files)
      expect(response.status).toBe(400)
      expect((await messages(response))[0]?.message).toMatch(/文件/)
    }
  })

  it('anyone but an editor or admin', async () => {
    for (const token of [null, staff.reviewer, staff.publisher]) {
      const response = await postNewVersion(token, { kind: 'correction' }, [{ name: '条例2022.docx', bytes: revisedDocx() }])
      expect(response.status).toBe(403)
      expect((await messages(response))[0]?.message).toBe('只有编辑或管理员可以导入新版本。')
    }
    expect((await draft()).versions ?? []).toEqual([])
  })
})

describe('a revised text imported as the new version', () => {
  it('becomes the draft, the text before it the earlier version; the public sees none of it', async () => {
    const response = await postNewVersion(
      staff.editor,
      { kind: 'amendment', amendedBy: String(decisionId), promulgatedDate: '2022-03-29', effectiveDate: '2022-05-01' },
      [{ name: '条例2022.docx', bytes: revisedDocx() }],
    )
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
    expect(((await response.json()) as { message: string }).message).toContain('已导入为新版本（修正）')
    const doc = await draft()
    expect(doc.versions?.map((row) => [row.kind, row.title, row.promulgatedDate?.slice(0, 10)])).toEqual([
      ['original', meta.title, '2019-03-24'],
    ])
    expect(doc.versionKind).toBe('amendment')
    expect(doc.amendedBy).toBe(decisionId)
    // 承诺 is new in 2022 (第十一条: 承诺符合信息网络安全审核条件).
    expect(JSON.stringify(doc.body)).toContain('承诺')
    expect(JSON.stringify(doc.versions?.[0]?.body)).not.toContain('承诺')
    // Published: the 2019 text, one version, until the draft passes review.
    const anonymous = await gazette.rest(`/api/documents/${regulationId}`)
    const published = (await anonymous.json()) as { versions?: unknown[]; body: unknown }
    expect(published.versions ?? []).toEqual([])
    expect(JSON.stringify(published.body)).not.toContain('承诺')
    expect((await exported(regulationSlug)).earlierVersions).toEqual([])
  })

  it('once reviewed and published, the snapshot derives the articles the decision changed', async () => {
    const submitted = await call(gazette, staff.editor, 'PATCH', `/api/documents/${regulationId}?draft=true`, { workflowAction: 'submit' })
    expect(submitted.status).toBe(200)
    expect(
      (await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${regulationId}?draft=true`, { workflowAction: 'approve' })).status,
    ).toBe(200)
    expect((await call(gazette, staff.publisher, 'PATCH', `/api/documents/${regulationId}`, { _status: 'published' })).status).toBe(200)
    const doc = await exported(regulationSlug)
    expect(doc.versionIndex?.versions.map((version) => version.label)).toEqual(['原文', '2022年第一次修正'])
    expect(doc.versionIndex?.versions[1]?.changes?.changed).toEqual(['第十一条'])
    expect(doc.versionIndex?.versions[1]?.changes?.added).toEqual(['第三十二条'])
    expect(doc.relations).toEqual([expect.objectContaining({ side: 'amendedBy' })])
  })
})
