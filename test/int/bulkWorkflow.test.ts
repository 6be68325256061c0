/**
 * Issue 19 on the real database, through the REST API: a bulk review step over several
 * selected items applies to each exactly as a single step would (same rules, same
 * refusals, same review record), reports each refused item with its title and reason,
 * and is refused whole to a person without the role or from another origin. The 签发人
 * of the original is recorded with who entered it, shown in the item's review record,
 * and kept out of everything public.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messages } from '../../core/messages'
import { workflowMessages } from '../../cms/workflow/workflowMessages'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { call, createStaff, signIn, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let staff: Staff
let orgId: number

type Collection = 'documents' | 'interpretations'
type ItemResult = { id: string; title: string; ok: boolean; state?: string | null; reason?: string }
type BulkAnswer = { action?: string; results?: ItemResult[]; errors?: Array<{ message: string }> }

const data = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'other',
  issuers: [orgId],
  writtenDate: '2024-06-01T04:00:00.000Z',
  disclosure: 'proactive',
  ...extra,
})

async function bulk(token: string, body: Record<string, unknown>, collection: Collection = 'documents') {
  const response = await call(gazette, token, 'POST', `/api/${collection}/bulk-workflow`, body)
  return { status: response.status, answer: (await response.json()) as BulkAnswer }
}

async function draft(title: string, extra: Record<string, unknown> = {}, collection: Collection = 'documents'): Promise<number> {
  const created = await call(gazette, staff.editor, 'POST', `/api/${collection}?draft=true`, { ...data(title), ...extra, _status: 'draft' })
  expect(created.status, await created.clone().text()).toBe(201)
  return ((await created.json()) as { doc: { id: number } }).doc.id
}

async function stored(id: number, collection: Collection = 'documents') {
  return gazette.payload.findByID({ collection: collection as 'documents', id, draft: true, depth: 0, overrideAccess: true })
}

async function events(id: number, collection: Collection = 'documents') {
  const { docs } = await gazette.payload.find({
    collection: 'review-events',
    where: { and: [{ 'item.relationTo': { equals: collection } }, { 'item.value': { equals: id } }] },
    sort: 'id',
    pagination: false,
    depth: 0,
  })
  return docs
}

/** An item's record in a form two items can be compared by: everything but ids, times and the fingerprint value. */
async function recordShape(id: number) {
  const record = await events(id)
  const approval = [...record].reverse().find((e) => e.action === 'approve')
  return record.map((e) => ({
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    reason: e.reason,
    disclosure: e.disclosure,
    user: e.user,
    fingerprint: e.contentFingerprint
      ? e.action === 'publish' && e.contentFingerprint === approval?.contentFingerprint
        ? 'as approved'
        : 'set'
      : null,
  }))
}

const userId = async (email: string) =>
  (await gazette.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]?.id as number

beforeAll(async () => {
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府', slug: 'test-gov' } })).id
  staff = await createStaff(gazette)
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('a bulk step over a mix of items', () => {
  it('submits the allowed items and reports each refused one with its title and reason', async () => {
    const plain = await draft('可以提交的文件')
    const withMobile = await draft('含手机号的文件', { body: markdownToLexical('如有疑问请联系张某，电话13912345678。') })
    const already = await draft('已提交的文件')
    expect((await call(gazette, staff.editor, 'PATCH', `/api/documents/${already}?draft=true`, { workflowAction: 'submit' })).status).toBe(
      200,
    )
    const missing = 987654

    const { status, answer } = await bulk(staff.editor, { action: 'submit', ids: [plain, withMobile, already, missing] })
    expect(status).toBe(200)
    expect(answer.action).toBe('submit')
    const byId = new Map(answer.results?.map((r) => [r.id, r]))
    expect(byId.get(String(plain))).toMatchObject({ ok: true, title: '可以提交的文件', state: 'submitted' })
    expect(byId.get(String(withMobile))).toMatchObject({ ok: false, title: '含手机号的文件' })
    expect(byId.get(String(withMobile))?.reason).toContain('手机号码')
    expect(byId.get(String(already))).toMatchObject({ ok: false, title: '已提交的文件' })
    expect(byId.get(String(already))?.reason).toBe('当前状态为“待审核”，不能提交审核。')
    expect(byId.get(String(missing))).toMatchObject({ ok: false, reason: messages.bulk.itemMissing })

    // The refusals changed nothing; the allowed item moved, with one record entry each.
    expect((await stored(plain)).reviewState).toBe('submitted')
    expect((await stored(withMobile)).reviewState).toBe('draft')
    expect((await events(plain)).map((e) => e.action)).toEqual(['submit'])
    expect(await events(withMobile)).toEqual([])
    expect((await events(already)).map((e) => e.action)).toEqual(['submit'])
  })

  it('publishes only approved items whose files are still the approved ones', async () => {
    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const media = await gazette.payload.create({
      collection: 'media',
      data: { alt: '附件图' },
      file: { data: png, mimetype: 'image/png', name: 'bulk-figure.png', size: png.length },
    })
    const approve = async (title: string, extra: Record<string, unknown> = {}) => {
      const id = await draft(title, extra)
      expect((await bulk(staff.editor, { action: 'submit', ids: [id] })).answer.results?.[0]?.ok).toBe(true)
      expect((await bulk(staff.reviewer, { action: 'approve', ids: [id] })).answer.results?.[0]?.ok).toBe(true)
      return id
    }
    const ready = await approve('审核通过待发布的文件')
    const tampered = await approve('审核后附件被替换的文件', { attachments: [{ title: '附件1：图', file: media.id }] })
    const notApproved = await draft('未审核的文件')
    // The file's bytes change on disk after the approval: the approval's fingerprint no longer holds.
    const other = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#993366' } })
      .png()
      .toBuffer()
    fs.writeFileSync(path.join(gazette.dir, 'media', String(media.filename)), other)

    const { status, answer } = await bulk(staff.publisher, { action: 'publish', ids: [ready, tampered, notApproved] })
    expect(status).toBe(200)
    const [first, second, third] = answer.results ?? []
    expect(first).toMatchObject({ ok: true, title: '审核通过待发布的文件', state: 'published' })
    expect(second).toMatchObject({ ok: false, title: '审核后附件被替换的文件' })
    expect(second?.reason).toBe(workflowMessages.approvedVersionChanged)
    expect(third).toMatchObject({ ok: false, title: '未审核的文件' })
    expect(third?.reason).toContain('只有审核通过的内容才能发布')

    const publicTitles = (
      (await (await gazette.rest('/api/documents?limit=100&depth=0')).json()) as { docs: Array<{ title: string }> }
    ).docs.map((d) => d.title)
    expect(publicTitles).toContain('审核通过待发布的文件')
    expect(publicTitles).not.toContain('审核后附件被替换的文件')
    expect(publicTitles).not.toContain('未审核的文件')
  })

  it('needs a reason to send back or withdraw, as a single step does', async () => {
    const id = await draft('待退回的文件')
    await bulk(staff.editor, { action: 'submit', ids: [id] })
    const without = await bulk(staff.reviewer, { action: 'send-back', ids: [id] })
    expect(without.status).toBe(400)
    expect(without.answer.errors?.[0]?.message).toBe('退回修改时必须填写理由。')
    const sentBack = await bulk(staff.reviewer, { action: 'send-back', ids: [id], reason: '发文字号有误' })
    expect(sentBack.answer.results?.[0]).toMatchObject({ ok: true, state: 'sent-back' })
    expect((await events(id)).at(-1)).toMatchObject({ action: 'send-back', reason: '发文字号有误' })
  })

  it('works on interpretations too', async () => {
    const documentId = await draft('被解读的文件')
    const interpretation = await draft(
      '批量提交的解读',
      { documents: [documentId], form: 'text', interpretationBody: orgId },
      'interpretations',
    )
    const { status, answer } = await bulk(staff.editor, { action: 'submit', ids: [interpretation] }, 'interpretations')
    expect(status).toBe(200)
    expect(answer.results?.[0]).toMatchObject({ ok: true, title: '批量提交的解读', state: 'submitted' })
    expect((await events(interpretation, 'interpretations')).map((e) => e.action)).toEqual(['submit'])
  })
})

describe('the record of a bulk step', () => {
  it('is, item by item, the record of the same single steps', async () => {
    const single = await draft('逐项操作的文件')
    const inBulk = await draft('批量操作的文件')
    const patch = (token: string, body: Record<string, unknown>, draftSave = true) =>
      call(gazette, token, 'PATCH', `/api/documents/${single}${draftSave ? '?draft=true' : ''}`, body)

    expect((await patch(staff.editor, { workflowAction: 'submit' })).status).toBe(200)
    await bulk(staff.editor, { action: 'submit', ids: [inBulk] })
    expect((await patch(staff.reviewer, { workflowAction: 'approve', workflowReason: '同意发布' })).status).toBe(200)
    await bulk(staff.reviewer, { action: 'approve', ids: [inBulk], reason: '同意发布' })
    expect((await patch(staff.publisher, { _status: 'published' }, false)).status).toBe(200)
    await bulk(staff.publisher, { action: 'publish', ids: [inBulk] })
    expect((await patch(staff.publisher, { workflowAction: 'withdraw', workflowReason: '内容有误' })).status).toBe(200)
    const withdrawn = await bulk(staff.publisher, { action: 'withdraw', ids: [inBulk], reason: '内容有误' })
    expect(withdrawn.answer.results?.[0]).toMatchObject({ ok: true, state: 'withdrawn' })

    const expected = await recordShape(single)
    expect(expected.map((e) => e.action)).toEqual(['submit', 'approve', 'publish', 'withdraw'])
    expect(expected.find((e) => e.action === 'publish')?.fingerprint).toBe('as approved')
    expect(await recordShape(inBulk)).toEqual(expected)

    const [a, b] = [
      await gazette.payload.findByID({ collection: 'documents', id: single, depth: 0 }),
      await gazette.payload.findByID({ collection: 'documents', id: inBulk, depth: 0 }),
    ]
    expect([b._status, b.reviewState, Boolean(b.withdrawnAt)]).toEqual([a._status, a.reviewState, Boolean(a.withdrawnAt)])
    expect(b._status).toBe('draft')
  })
})

describe('who may take a bulk step', () => {
  it('refuses a role the step is not for, before touching any item', async () => {
    const id = await draft('编辑想批量发布的文件')
    await bulk(staff.editor, { action: 'submit', ids: [id] })
    await bulk(staff.reviewer, { action: 'approve', ids: [id] })

    const byEditor = await bulk(staff.editor, { action: 'publish', ids: [id] })
    expect(byEditor.status).toBe(403)
    expect(byEditor.answer.errors?.[0]?.message).toBe('您没有“发布”的权限（需要发布员或管理员角色）。')
    const byReviewer = await bulk(staff.reviewer, { action: 'withdraw', ids: [id], reason: '试图撤回' })
    expect(byReviewer.status).toBe(403)
    const byPublisher = await bulk(staff.publisher, { action: 'approve', ids: [id] })
    expect(byPublisher.status).toBe(403)
    const anonymous = await gazette.rest('/api/documents/bulk-workflow', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'publish', ids: [id] }),
    })
    expect(anonymous.status).toBe(403)

    expect((await stored(id)).reviewState).toBe('approved')
    expect((await events(id)).map((e) => e.action)).toEqual(['submit', 'approve'])
  })

  it('refuses the session cookie from another origin, and a body that is not JSON', async () => {
    const id = await draft('跨站请求想提交的文件')
    const [ownOrigin] = gazette.payload.config.csrf
    const withCookie = (origin: string, contentType = 'application/json') =>
      gazette.rest('/api/documents/bulk-workflow', {
        method: 'POST',
        headers: { 'Content-Type': contentType, Cookie: `payload-token=${staff.editor}`, Origin: origin },
        body: JSON.stringify({ action: 'submit', ids: [id] }),
      })

    expect((await withCookie('https://evil.example.com')).status).toBe(403)
    expect((await withCookie(String(ownOrigin), 'text/plain')).status).toBe(415)
    expect((await stored(id)).reviewState).toBe('draft')
    expect(await events(id)).toEqual([])

    const own = await withCookie(String(ownOrigin))
    expect(own.status).toBe(200)
    expect((await stored(id)).reviewState).toBe('submitted')
  })

  it('refuses malformed and oversized requests with a Chinese reason', async () => {
    expect((await bulk(staff.editor, { action: 'delete', ids: [1] })).answer.errors?.[0]?.message).toBe(messages.bulk.unknownAction)
    expect((await bulk(staff.editor, { action: 'submit', ids: [] })).answer.errors?.[0]?.message).toBe(messages.bulk.noItems)
    expect((await bulk(staff.editor, { action: 'submit', ids: ['1; drop'] })).status).toBe(400)
    const many = Array.from({ length: 101 }, (_, i) => i + 1)
    expect((await bulk(staff.editor, { action: 'submit', ids: many })).answer.errors?.[0]?.message).toBe(messages.bulk.tooMany(100))
  })
})

describe('签发', () => {
  let id: number
  const name = '签发测试人甲'

  beforeAll(async () => {
    id = await draft('有签发人的文件', { signatory: name, signatoryPost: '市长' })
  })

  it('records who entered the 签发人 of the original, and when, without sending an approval back', async () => {
    const [entry] = await events(id)
    expect(entry).toMatchObject({ action: 'sign-off', reason: `签发人：${name}（市长）`, user: await userId('editor@example.gov.cn') })
    expect(entry?.createdAt).toBeTruthy()

    await bulk(staff.editor, { action: 'submit', ids: [id] })
    await bulk(staff.reviewer, { action: 'approve', ids: [id], reason: '已核对原件签发' })
    // A correction of the record is itself recorded, and is not content: the approval stands.
    const corrected = await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, { signatoryPost: '副市长' })
    expect(corrected.status).toBe(200)
    expect((await stored(id)).reviewState).toBe('approved')
    expect((await events(id)).at(-1)).toMatchObject({
      action: 'sign-off',
      reason: `签发人：${name}（副市长）（原登记为：${name}（市长））`,
    })
    expect((await bulk(staff.publisher, { action: 'publish', ids: [id] })).answer.results?.[0]).toMatchObject({
      ok: true,
      state: 'published',
    })
  })

  it("is shown in the review record on the item's page", async () => {
    const { ReviewHistory } = await import('../../cms/components/ReviewHistory')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { createLocalReq } = await import('payload')
    const editor = await gazette.payload.findByID({ collection: 'users', id: await userId('editor@example.gov.cn'), depth: 0 })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, gazette.payload)
    const doc = await stored(id)
    const element = await ReviewHistory({ id, data: doc, payload: gazette.payload, req, collectionSlug: 'documents' } as never)
    const html = renderToStaticMarkup(element)
    expect(html).toContain(`${name}（副市长）`)
    expect(html).toContain('签发日期 2024年6月1日（成文日期）')
    expect(html).toContain('由 editor@example.gov.cn 于')
    // The approval that authorised issuing, by the reviewer, and the publication that carried it.
    expect(html).toMatch(/审核通过（授权发布）<\/dt><dd[^>]*>reviewer@example\.gov\.cn/)
    expect(html).toContain('发布的版本与审核通过的版本一致')
    for (const label of ['登记签发人', '提交审核', '审核通过', '发布', '已核对原件签发']) expect(html).toContain(label)
  })

  it('stays out of the public API, GraphQL and the snapshot', async () => {
    const one = await gazette.rest(`/api/documents/${id}?depth=0`)
    expect(one.status).toBe(200)
    const text = await one.text()
    expect(text).toContain('有签发人的文件')
    expect(text).not.toContain(name)
    expect(text).not.toContain('signatory')

    const filtered = await gazette.rest(`/api/documents?where[signatory][equals]=${encodeURIComponent(name)}`)
    expect(await filtered.text()).not.toContain('有签发人的文件')
    const record = await gazette.rest(`/api/review-events?limit=100`)
    expect(await record.text()).not.toContain(name)

    const graphql = await gazette.graphql('{ Documents { docs { title signatory signatoryPost } } }')
    expect(await graphql.text()).not.toContain(name)

    const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
    const outDir = path.join(gazette.dir, 'snapshot-signatory')
    await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
    const files = fs.readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
    const all = files.map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).join('\n')
    expect(all).toContain('有签发人的文件')
    expect(all).not.toContain(name)
  })
})

describe('an admin', () => {
  it('may take every bulk step', async () => {
    const admin = await signIn(gazette, 'bulk-admin@example.gov.cn', ['admin'])
    const id = await draft('管理员批量处理的文件')
    for (const action of ['submit', 'approve', 'publish'] as const) {
      const { answer } = await bulk(admin, { action, ids: [id] })
      expect(answer.results?.[0], action).toMatchObject({ ok: true })
    }
    expect((await stored(id)).reviewState).toBe('published')
  })
})
