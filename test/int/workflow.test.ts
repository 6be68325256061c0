/**
 * 先审查、后公开 on the real database, through the REST API: nothing reaches the public
 * without a reviewer's approval and a publisher's publication; every transition is
 * recorded; an edit to published content is reviewed again while the public keeps the
 * published version; a withdrawal takes it off the public API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { call, createStaff, publishThroughReview, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let staff: Staff
let orgId: number

type ErrorBody = { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }
const messagesOf = async (response: Response) => {
  const body = (await response.json()) as ErrorBody
  return (body.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((d) => d.message)]).join(' | ')
}

const data = (title: string) => ({
  title,
  kind: 'other',
  issuers: [orgId],
  writtenDate: '2024-06-01T04:00:00.000Z',
  disclosure: 'proactive',
})

async function publicTitles(): Promise<string[]> {
  const response = await gazette.rest('/api/documents?limit=100&depth=0')
  return ((await response.json()) as { docs: Array<{ title: string }> }).docs.map((d) => d.title)
}

beforeAll(async () => {
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府', slug: 'test-gov' } })).id
  staff = await createStaff(gazette)
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('publication needs review', () => {
  it('refuses an editor who publishes directly', async () => {
    const response = await call(gazette, staff.editor, 'POST', '/api/documents', { ...data('编辑直接发布的文件'), _status: 'published' })
    expect(response.status).toBe(400)
    expect(await messagesOf(response)).toContain('没有“发布”的权限')
    expect(await publicTitles()).not.toContain('编辑直接发布的文件')
  })

  it('refuses a publisher before a reviewer approved, and a reviewer who publishes', async () => {
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...data('待审核的文件'),
      _status: 'draft',
      workflowAction: 'submit',
    })
    const id = ((await created.json()) as { doc: { id: number; reviewState: string } }).doc.id
    const early = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' })
    expect(early.status).toBe(400)
    expect(await messagesOf(early)).toContain('审核通过')
    const byEditor = await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })
    expect(byEditor.status).toBe(400)
    expect(await messagesOf(byEditor)).toContain('没有“审核通过”的权限')
    await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })
    const byReviewer = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}`, { _status: 'published' })
    expect(byReviewer.status).toBe(400)
    expect(await publicTitles()).not.toContain('待审核的文件')
  })

  it('ignores a review state set by hand', async () => {
    const response = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...data('自称已审核的文件'),
      _status: 'draft',
      reviewState: 'approved',
    })
    expect(((await response.json()) as { doc: { reviewState: string } }).doc.reviewState).toBe('draft')
  })

  it('publishes after submit, approval and publication, and records each step', async () => {
    const { statuses, doc } = await publishThroughReview(gazette, staff, 'documents', data('走完审核流程的文件'))
    expect(statuses).toEqual([201, 200, 200])
    expect(doc.reviewState).toBe('published')
    expect(await publicTitles()).toContain('走完审核流程的文件')
    const events = await gazette.payload.find({
      collection: 'review-events',
      where: { 'item.value': { equals: doc.id } },
      sort: 'createdAt',
      depth: 1,
    })
    expect(events.docs.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['submit', 'draft', 'submitted'],
      ['approve', 'submitted', 'approved'],
      ['publish', 'approved', 'published'],
    ])
    expect(events.docs.map((e) => (typeof e.user === 'object' ? e.user?.email : null))).toEqual([
      'editor@example.gov.cn',
      'reviewer@example.gov.cn',
      'publisher@example.gov.cn',
    ])
  })

  it('needs a reason to send back', async () => {
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...data('需要退回的文件'),
      _status: 'draft',
      workflowAction: 'submit',
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const noReason = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'send-back' })
    expect(await messagesOf(noReason)).toContain('必须填写理由')
    const withReason = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, {
      workflowAction: 'send-back',
      workflowReason: '发文字号缺失',
    })
    expect(((await withReason.json()) as { doc: { reviewState: string } }).doc.reviewState).toBe('sent-back')
  })
})

describe('published content', () => {
  let id: number

  beforeAll(async () => {
    id = (await publishThroughReview(gazette, staff, 'documents', data('已发布的原标题'))).doc.id
  })

  it('is reviewed again after an edit, while the public keeps the published version', async () => {
    const edited = await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, { title: '尚未审核的新标题' })
    expect(((await edited.json()) as { doc: { reviewState: string } }).doc.reviewState).toBe('draft')
    const titles = await publicTitles()
    expect(titles).toContain('已发布的原标题')
    expect(titles).not.toContain('尚未审核的新标题')
    const republish = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' })
    expect(republish.status).toBe(400)
  })

  it('leaves the public API when a publisher withdraws it, with the time recorded', async () => {
    const withdrawn = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}?draft=true`, {
      workflowAction: 'withdraw',
      workflowReason: '发现内容有误',
    })
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200)
    expect(await publicTitles()).not.toContain('已发布的原标题')
    const stored = await gazette.payload.findByID({ collection: 'documents', id, depth: 0 })
    expect(stored._status).toBe('draft')
    expect(stored.reviewState).toBe('withdrawn')
    expect(stored.withdrawnAt).toBeTruthy()
  })

  it('keeps a withdrawal notice, and nothing else, in the snapshot', async () => {
    const path = await import('node:path')
    const fs = await import('node:fs')
    const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
    const outDir = path.join(gazette.dir, 'snapshot')
    await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as {
      withdrawn: Array<{ id: string; title: string }>
      documents: Array<{ title: string }>
    }
    const stored = await gazette.payload.findByID({ collection: 'documents', id, depth: 0 })
    expect(manifest.withdrawn).toEqual([expect.objectContaining({ id: stored.slug, title: '已发布的原标题' })])
    expect(manifest.documents.map((d) => d.title)).not.toContain('已发布的原标题')
    expect(fs.existsSync(path.join(outDir, 'documents', `${stored.slug}.json`))).toBe(false)
  })
})

describe('personal data', () => {
  // Synthetic numbers: a mobile number and an identity card number with a valid check digit.
  const mobile = '13912345678'
  const idCard = '11010519491231002X'
  const withText = (title: string, text: string) => ({ ...data(title), body: markdownToLexical(text) as never })

  it('blocks submission until it is masked', async () => {
    const blocked = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...withText('含手机号的文件', `如有疑问请联系张某，电话${mobile}。`),
      _status: 'draft',
      workflowAction: 'submit',
    })
    expect(blocked.status).toBe(400)
    expect(await messagesOf(blocked)).toContain('手机号码')
    const masked = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...withText('遮盖后的文件', `如有疑问请联系张某，电话${mobile}。`),
      _status: 'draft',
      workflowAction: 'submit',
      maskPersonalData: true,
    })
    expect(masked.status).toBe(201)
    const saved = await gazette.payload.findByID({
      collection: 'documents',
      id: ((await masked.json()) as { doc: { id: number } }).doc.id,
      draft: true,
    })
    const text = JSON.stringify(saved.body)
    expect(text).not.toContain(mobile)
    expect(text).toContain('1*********8')
    expect(saved.reviewState).toBe('submitted')
  })

  it('lets a reviewer, and only a reviewer, allow it with a recorded reason', async () => {
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...withText('依法公示身份证号的文件', `经审查，当事人身份证号码${idCard}。`),
      _status: 'draft',
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    const allowance = [{ text: idCard, reason: '依法应当公示的行政处罚决定' }]
    const byEditor = await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, {
      personalDataOverrides: allowance,
      workflowAction: 'submit',
    })
    expect(byEditor.status).toBe(400)
    expect(await messagesOf(byEditor)).toContain('身份证号码')

    const byReviewer = await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { personalDataOverrides: allowance })
    expect(byReviewer.status).toBe(200)
    const submitted = await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'submit' })
    expect(submitted.status).toBe(200)
    const events = await gazette.payload.find({ collection: 'review-events', where: { 'item.value': { equals: id } }, depth: 0 })
    expect(events.docs.map((e) => e.action)).toContain('allow-personal-data')
    expect(events.docs.find((e) => e.action === 'allow-personal-data')?.reason).toContain('依法应当公示的行政处罚决定')
  })
})

describe('scheduled publication', () => {
  it('publishes approved items whose time has come, and nothing else', async () => {
    const { publishDueItems } = await import('../../cms/workflow/publishDue')
    const make = async (title: string, approve: boolean) => {
      const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
        ...data(title),
        _status: 'draft',
        workflowAction: 'submit',
      })
      const id = ((await created.json()) as { doc: { id: number } }).doc.id
      if (approve) await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })
      const scheduled = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}?draft=true`, {
        publishAt: '2030-01-01T01:00:00.000Z',
      })
      expect(scheduled.status).toBe(200)
      return id
    }
    const approved = await make('定时发布的文件', true)
    await make('未审核却定时的文件', false)
    expect(await publishDueItems(gazette.payload, new Date('2029-12-31T00:00:00Z'))).toEqual([])
    expect(await publishDueItems(gazette.payload, new Date('2030-01-01T01:00:00Z'))).toEqual([`documents:${approved}`])
    const titles = await publicTitles()
    expect(titles).toContain('定时发布的文件')
    expect(titles).not.toContain('未审核却定时的文件')
    const stored = await gazette.payload.findByID({ collection: 'documents', id: approved, depth: 0 })
    expect(stored.reviewState).toBe('published')
  })

  it('lets only publishers schedule', async () => {
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      ...data('编辑自行定时的文件'),
      _status: 'draft',
      publishAt: '2030-01-01T01:00:00.000Z',
    })
    const doc = ((await created.json()) as { doc: { publishAt?: string | null } }).doc
    expect(doc.publishAt ?? null).toBeNull()
  })
})
