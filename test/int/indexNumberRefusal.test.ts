/**
 * A 规范性文件 whose first issuer has no organisation code would be published without
 * a 索引号 (the site would show “—”): a person's publication is refused, naming
 * 发文机关 in Chinese, until an admin registers the code; another document is
 * published without one (the form only warns).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messages } from '../../core/messages'
import { call, createStaff, publishThroughReview, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let staff: Staff
let orgId: number

type FieldError = { path: string; message: string }
type Body = { doc?: Record<string, unknown>; errors?: Array<{ data?: { errors?: FieldError[] } }> }

const day = (d: string) => `${d}T04:00:00.000Z`

const document = (kind: string, title: string) => ({
  title,
  kind,
  issuers: [orgId],
  writtenDate: day('2024-06-01'),
  publishedDate: day('2024-06-03'),
  effectiveDate: day('2024-07-10'),
  disclosure: 'proactive',
})

beforeAll(async () => {
  gazette = await startTempGazette()
  orgId = (
    await gazette.payload.create({
      collection: 'organizations',
      data: { name: '测试市教育局', shortName: '市教育局', slug: 'test-education' },
    })
  ).id
  staff = await createStaff(gazette, 'index-')
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('publishing without an organisation code for 索引号', () => {
  it('refuses a 部门规范性文件, naming 发文机关, and publishes it once the code is registered', async () => {
    const { statuses, doc } = await publishThroughReview(
      gazette,
      staff,
      'documents',
      document('normative-department', '测试市教育局关于规范校外培训的通知'),
    )
    expect(statuses).toEqual([201, 200, 400])
    const id = (
      await gazette.payload.find({ collection: 'documents', draft: true, limit: 1, where: { kind: { equals: 'normative-department' } } })
    ).docs[0]?.id
    expect(id).toBeDefined()
    const refused = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' })
    expect(refused.status).toBe(400)
    const body = (await refused.json()) as Body
    const errors = (body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
    expect(errors).toEqual([expect.objectContaining({ path: 'issuers', message: messages.indexNumber.refusal('测试市教育局') })])
    expect(doc).toBeUndefined()
    expect((await gazette.payload.findByID({ collection: 'documents', id: id as number, draft: true })).reviewState).toBe('approved')

    await gazette.payload.update({ collection: 'organizations', id: orgId, data: { orgCode: '734972044' } })
    const published = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' })
    expect(published.status).toBe(200)
    expect(((await published.json()) as Body).doc?.indexNumber).toMatch(/^734972044\/2024-\d{5}$/)
    await gazette.payload.update({ collection: 'organizations', id: orgId, data: { orgCode: null } })
  })

  it('publishes another document without a 索引号 (a warning in the form, not a refusal)', async () => {
    const { statuses, doc } = await publishThroughReview(
      gazette,
      staff,
      'documents',
      document('other', '测试市教育局关于举办读书月活动的通知'),
    )
    expect(statuses).toEqual([201, 200, 200])
    expect(doc.indexNumber ?? null).toBeNull()
  })
})
