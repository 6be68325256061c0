/**
 * Issue 18, findings 1, 4 and 9, and their class: every change to what the public sees
 * passes review. On the real database through the REST API: a publisher cannot publish
 * anything but the version a reviewer approved (fields, attachment rows, files on disk,
 * relations); a stored file is never replaced in place nor deleted while in use; a
 * relation an editor enters becomes public only with its acting document after review;
 * numbers are drawn only from the document's own issuers' codes and for its own year.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishDueItems } from '../../cms/workflow/publishDue'
import { messages } from '../../core/messages'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { call, createStaff, publishThroughReview, signIn, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let staff: Staff
let admin: string
let orgId: number
let otherOrgId: number

type ErrorBody = { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string; path?: string }> } }> }
const messagesOf = async (response: Response) => {
  const body = (await response.json()) as ErrorBody
  return (body.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((d) => d.message)]).join(' | ')
}

const base = (title: string) => ({
  title,
  kind: 'other',
  issuers: [orgId],
  writtenDate: '2024-06-01T04:00:00.000Z',
  disclosure: 'proactive',
})

async function png(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
    .png()
    .toBuffer()
}

async function upload(colour: string): Promise<{ id: number; filename: string }> {
  const data = await png(colour)
  const media = await gazette.payload.create({
    collection: 'media',
    data: { alt: colour },
    file: { data, mimetype: 'image/png', name: `${colour.slice(1)}.png`, size: data.length },
  })
  return { id: media.id, filename: String(media.filename) }
}

/** Created and submitted by the editor, approved by the reviewer: ready to publish. */
async function approved(data: Record<string, unknown>): Promise<number> {
  const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
    ...data,
    _status: 'draft',
    workflowAction: 'submit',
  })
  expect(created.status).toBe(201)
  const id = ((await created.json()) as { doc: { id: number } }).doc.id
  const approval = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })
  expect(approval.status).toBe(200)
  return id
}

async function publicTitles(): Promise<string[]> {
  const response = await gazette.rest('/api/documents?limit=200&depth=0')
  return ((await response.json()) as { docs: Array<{ title: string }> }).docs.map((d) => d.title)
}

async function latest(id: number) {
  return gazette.payload.findByID({ collection: 'documents', id, draft: true, depth: 0, overrideAccess: true })
}

async function events(id: number) {
  const { docs } = await gazette.payload.find({
    collection: 'review-events',
    where: { 'item.value': { equals: id } },
    sort: 'id',
    pagination: false,
    depth: 0,
  })
  return docs
}

const publish = (id: number, extra: Record<string, unknown> = {}) =>
  call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published', ...extra })

beforeAll(async () => {
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府', slug: 'test-gov' } })).id
  otherOrgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '另一市交通运输局', slug: 'other-transport' } }))
    .id
  staff = await createStaff(gazette)
  admin = await signIn(gazette, 'admin@example.gov.cn', ['admin'])
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('a publication publishes exactly the approved version', () => {
  it.each([
    ['the title', { title: '发布员改过的标题' }, '标题'],
    ['the body', { body: markdownToLexical('发布员加的一段话。') }, '正文'],
    ['the disclosure attribute', { disclosure: 'proactive' }, '公开属性'],
    ['an attachment title', 'attachment-title', '附件'],
  ])('refuses a publish request that also changes %s', async (_what, change, fieldName) => {
    const media = await upload('#123456')
    const onRequest = {
      ...base(`审核通过后发布时修改${String(fieldName)}`),
      disclosure: 'on-request',
      disclosureReason: '依申请公开的理由',
      disclosureGround: 'not-proactive-scope',
      attachments: [{ title: '附件1：原名称', file: media.id }],
    }
    const id = await approved(fieldName === '公开属性' ? onRequest : { ...onRequest, disclosure: 'proactive' })
    const stored = await latest(id)
    const extra =
      change === 'attachment-title'
        ? { attachments: (stored.attachments ?? []).map((row) => ({ ...row, title: '附件1：发布员改的名称' })) }
        : (change as Record<string, unknown>)
    const response = await publish(id, extra)
    expect(response.status).toBe(400)
    const text = await messagesOf(response)
    expect(text).toContain('发布时不能修改内容')
    expect(text).toContain(fieldName)
    expect((await gazette.payload.findByID({ collection: 'documents', id, depth: 0 }))._status).not.toBe('published')
    expect((await events(id)).map((e) => e.action)).toEqual(['submit', 'approve'])
  })

  it("publishes the approved version unchanged, with the approval's fingerprint in the record", async () => {
    const media = await upload('#224466')
    const id = await approved({ ...base('原样发布的文件'), attachments: [{ title: '附件1：清单', file: media.id }] })
    const response = await publish(id)
    expect(response.status).toBe(200)
    expect(await publicTitles()).toContain('原样发布的文件')
    const record = await events(id)
    const approval = record.find((e) => e.action === 'approve')
    const publication = record.find((e) => e.action === 'publish')
    expect(approval?.contentFingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(publication?.contentFingerprint).toBe(approval?.contentFingerprint)
  })

  it('sends an approved item back when its attachment row is changed to another file', async () => {
    const first = await upload('#335577')
    const second = await upload('#446688')
    const id = await approved({ ...base('审核后换附件的文件'), attachments: [{ title: '附件1：表格', file: first.id }] })
    const stored = await latest(id)
    const swap = await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, {
      attachments: (stored.attachments ?? []).map((row) => ({ ...row, file: second.id })),
    })
    expect(swap.status).toBe(200)
    expect((await latest(id)).reviewState).toBe('draft')
    const response = await publish(id)
    expect(response.status).toBe(400)
    expect(await publicTitles()).not.toContain('审核后换附件的文件')
  })

  it('does not publish on schedule when a file changed on disk after approval, and sends it back', async () => {
    const media = await upload('#557799')
    const id = await approved({ ...base('定时发布前文件被改动'), attachments: [{ title: '附件1：图', file: media.id }] })
    await gazette.payload.update({
      collection: 'documents',
      id,
      draft: true,
      data: { publishAt: '2024-01-01T00:00:00.000Z' },
      overrideAccess: true,
    })
    fs.writeFileSync(path.join(gazette.dir, 'media', media.filename), await png('#ff0000'))
    const published = await publishDueItems(gazette.payload, new Date())
    expect(published).not.toContain(`documents:${id}`)
    expect(await publicTitles()).not.toContain('定时发布前文件被改动')
    expect((await latest(id)).reviewState).toBe('sent-back')
    expect((await events(id)).at(-1)?.reason).toContain('与审核通过的版本不一致')
  })

  it('publishes on schedule what was approved', async () => {
    const media = await upload('#6688aa')
    const id = await approved({ ...base('按时发布的文件'), attachments: [{ title: '附件1：图', file: media.id }] })
    await gazette.payload.update({
      collection: 'documents',
      id,
      draft: true,
      data: { publishAt: '2024-01-01T00:00:00.000Z' },
      overrideAccess: true,
    })
    expect(await publishDueItems(gazette.payload, new Date())).toContain(`documents:${id}`)
    expect(await publicTitles()).toContain('按时发布的文件')
  })
})

describe('restoring a version is no way around review', () => {
  it('refuses restoring the published version of a withdrawn document, for an editor and a publisher', async () => {
    const { doc } = await publishThroughReview(gazette, staff, 'documents', base('撤回后恢复旧版本的文件'))
    const withdrawal = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${doc.id}?draft=true`, {
      workflowAction: 'withdraw',
      workflowReason: '政策调整',
    })
    expect(withdrawal.status).toBe(200)
    expect(await publicTitles()).not.toContain('撤回后恢复旧版本的文件')
    const { docs } = await gazette.payload.findVersions({
      collection: 'documents',
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      depth: 0,
    })
    expect(docs.length).toBeGreaterThan(0)
    for (const token of [staff.editor, staff.publisher, staff.reviewer]) {
      const restore = await call(gazette, token, 'POST', `/api/documents/versions/${docs[0]?.id}`)
      expect(restore.status).toBeGreaterThanOrEqual(400)
      expect(await publicTitles()).not.toContain('撤回后恢复旧版本的文件')
    }
  })

  it('refuses restoring an earlier published text over an approved newer one', async () => {
    const { doc } = await publishThroughReview(gazette, staff, 'documents', base('恢复旧文本的文件'))
    await call(gazette, staff.editor, 'PATCH', `/api/documents/${doc.id}?draft=true`, { title: '恢复旧文本的文件（修订）' })
    await call(gazette, staff.editor, 'PATCH', `/api/documents/${doc.id}?draft=true`, { workflowAction: 'submit' })
    await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${doc.id}?draft=true`, { workflowAction: 'approve' })
    expect((await latest(doc.id)).reviewState).toBe('approved')
    const { docs } = await gazette.payload.findVersions({
      collection: 'documents',
      where: {
        and: [
          { parent: { equals: doc.id } },
          { 'version.title': { equals: '恢复旧文本的文件' } },
          { 'version._status': { equals: 'published' } },
        ],
      },
      depth: 0,
    })
    const restore = await call(gazette, staff.publisher, 'POST', `/api/documents/versions/${docs[0]?.id}`)
    expect(restore.status).toBe(400)
    expect(await messagesOf(restore)).toContain('发布时不能修改内容')
  })
})

describe('stored files never change', () => {
  it('refuses an editor who replaces the file behind a published attachment, and keeps its bytes', async () => {
    const media = await upload('#7799bb')
    const { statuses } = await publishThroughReview(gazette, staff, 'documents', {
      ...base('附件不可替换的已发布文件'),
      attachments: [{ title: '附件1：原件', file: media.id }],
    })
    expect(statuses).toEqual([201, 200, 200])
    const file = path.join(gazette.dir, 'media', media.filename)
    const before = fs.readFileSync(file)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png('#000000'))], { type: 'image/png' }), 'swapped.png')
    form.append('_payload', JSON.stringify({ alt: '换掉' }))
    const response = await gazette.rest(`/api/media/${media.id}`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${staff.editor}` },
      body: form,
    })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain('已上传的文件不能替换')
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    const stored = await gazette.payload.findByID({ collection: 'media', id: media.id })
    expect(stored.filename).toBe(media.filename)
  })

  it('refuses a focal point or crop edit, which would re-encode the image', async () => {
    const media = await upload('#88aacc')
    const focal = await call(gazette, staff.editor, 'PATCH', `/api/media/${media.id}`, { focalX: 10, focalY: 10 })
    expect(focal.status).toBe(400)
    const crop = await call(
      gazette,
      staff.editor,
      'PATCH',
      `/api/media/${media.id}?uploadEdits[crop][x]=0&uploadEdits[crop][y]=0&uploadEdits[crop][width]=10&uploadEdits[crop][height]=10`,
      {
        alt: '裁剪',
      },
    )
    expect(crop.status).toBe(400)
  })

  it('lets the alt text be edited', async () => {
    const media = await upload('#99bbdd')
    const response = await call(gazette, staff.editor, 'PATCH', `/api/media/${media.id}`, { alt: '新的说明' })
    expect(response.status).toBe(200)
  })

  it('refuses deleting a file that a document or an earlier version of one uses', async () => {
    const media = await upload('#aaccee')
    await publishThroughReview(gazette, staff, 'documents', { ...base('使用中的附件'), attachments: [{ title: '附件1', file: media.id }] })
    const response = await call(gazette, admin, 'DELETE', `/api/media/${media.id}`)
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain('不能删除')
    expect(fs.existsSync(path.join(gazette.dir, 'media', media.filename))).toBe(true)
  })
})

describe('relations pass review with their acting document', () => {
  let acting: number
  let affected: number

  beforeAll(async () => {
    acting = (await publishThroughReview(gazette, staff, 'documents', base('实施文件（关系测试）'))).doc.id
    affected = (await publishThroughReview(gazette, staff, 'documents', base('被废止的文件（关系测试）'))).doc.id
  })

  const publicRelations = async () => {
    const response = await gazette.rest('/api/document-relations?limit=200&depth=0')
    return ((await response.json()) as { docs: Array<{ id: number; from: number; to: number }> }).docs
  }

  it('keeps a relation an editor enters off the public API, and sends its acting document back to draft', async () => {
    const response = await call(gazette, staff.editor, 'POST', '/api/document-relations', {
      from: acting,
      to: affected,
      kind: 'repeals',
      date: '2026-12-31T04:00:00.000Z',
    })
    expect(response.status).toBe(201)
    expect((await publicRelations()).some((r) => r.from === acting)).toBe(false)
    expect((await latest(acting)).reviewState).toBe('draft')
    // The public keeps the published version of the acting document.
    expect(await publicTitles()).toContain('实施文件（关系测试）')
  })

  it('refuses publishing an approval made before a relation was added', async () => {
    const approvedId = await approved(base('审核后加关系的文件'))
    const added = await gazette.payload.create({
      collection: 'document-relations',
      data: { from: approvedId, to: affected, kind: 'amends', date: '2024-07-01T04:00:00.000Z', state: 'pending' },
    })
    expect(added.id).toBeDefined()
    const response = await publish(approvedId)
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain('文件关系')
  })

  it('publishes the relation with its acting document after review', async () => {
    expect((await call(gazette, staff.editor, 'PATCH', `/api/documents/${acting}?draft=true`, { workflowAction: 'submit' })).status).toBe(
      200,
    )
    expect(
      (await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${acting}?draft=true`, { workflowAction: 'approve' })).status,
    ).toBe(200)
    expect((await publish(acting)).status).toBe(200)
    expect((await publicRelations()).some((r) => r.from === acting && r.to === affected)).toBe(true)
  })

  it('refuses editing or deleting a published relation, and withdraws it only through review', async () => {
    const relation = (await publicRelations()).find((r) => r.from === acting) as { id: number }
    const edit = await call(gazette, staff.editor, 'PATCH', `/api/document-relations/${relation.id}`, { kind: 'amends' })
    expect(edit.status).toBe(400)
    expect(await messagesOf(edit)).toContain('不能修改或删除')
    const removal = await call(gazette, admin, 'DELETE', `/api/document-relations/${relation.id}`)
    expect(removal.status).toBe(400)
    expect((await call(gazette, staff.editor, 'PATCH', `/api/document-relations/${relation.id}`, { retract: true })).status).toBe(200)
    expect((await publicRelations()).some((r) => r.id === relation.id)).toBe(true)
    await call(gazette, staff.editor, 'PATCH', `/api/documents/${acting}?draft=true`, { workflowAction: 'submit' })
    await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${acting}?draft=true`, { workflowAction: 'approve' })
    expect((await publish(acting)).status).toBe(200)
    expect((await publicRelations()).some((r) => r.id === relation.id)).toBe(false)
  })
})

describe("numbers are drawn only from the document's own series", () => {
  let otherCode: number
  let ownCode: number

  beforeAll(async () => {
    otherCode = (
      await gazette.payload.create({
        collection: 'issuing-codes',
        data: { code: '另交发', organization: otherOrgId, series: 'docNumber', kind: 'other' },
      })
    ).id
    ownCode = (
      await gazette.payload.create({
        collection: 'issuing-codes',
        data: { code: '测政发', organization: orgId, series: 'docNumber', kind: 'other' },
      })
    ).id
  })

  const reservations = async () => (await gazette.payload.count({ collection: 'number-reservations' })).totalDocs

  it('refuses a code of an organisation that is not an issuer, and uses up nothing', async () => {
    const before = await reservations()
    const response = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...base('借用他人代字'),
      _status: 'draft',
      allocateFrom: otherCode,
    })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain(messages.allocateOtherOrganization('另交发', '另一市交通运输局'))
    expect(await reservations()).toBe(before)
  })

  it.each([
    [2099, messages.allocateYearMismatch(2099, 2024)],
    [2023, messages.allocateYearMismatch(2023, 2024)],
  ])('refuses the year %i for a document written in 2024', async (year, message) => {
    const before = await reservations()
    const response = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...base(`取号年度${year}`),
      _status: 'draft',
      allocateFrom: ownCode,
      allocateYear: year,
    })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain(message)
    expect(await reservations()).toBe(before)
  })

  it('refuses a future year even when the document says it was written then', async () => {
    const response = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...base('成文日期在将来'),
      writtenDate: '2099-06-01T04:00:00.000Z',
      _status: 'draft',
      allocateFrom: ownCode,
    })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain(messages.allocateFutureYear(2099))
  })

  it("allocates from its own issuer's code for the year it was written", async () => {
    const response = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...base('正常取号'),
      _status: 'draft',
      allocateFrom: ownCode,
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { doc: { docNumber: string } }).doc.docNumber).toBe('测政发〔2024〕1号')
  })
})
