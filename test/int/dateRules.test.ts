/**
 * Each refusal of the date rules and of an untitled draft, through the real REST
 * handler: status 400, nothing saved, and `errors[].data.errors[]` naming the field's
 * path with the Chinese message (the admin marks that field with that message).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messages } from '../../core/messages'
import { signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let token: string
let orgId: number | string

type FieldError = { path: string; message: string }
type ErrorBody = { errors?: Array<{ data?: { errors?: FieldError[] } }> }

const day = (d: string) => `${d}T04:00:00.000Z`

async function save(data: Record<string, unknown>): Promise<{ status: number; fieldErrors: FieldError[]; id?: number | string }> {
  const draft = data._status !== 'published'
  const response = await gazette.rest(`/api/documents${draft ? '?draft=true' : ''}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
  const body = (await response.json()) as ErrorBody & { doc?: { id: number | string } }
  return { status: response.status, fieldErrors: (body.errors ?? []).flatMap((e) => e.data?.errors ?? []), id: body.doc?.id }
}

const count = async () => (await gazette.payload.count({ collection: 'documents', draft: true } as never)).totalDocs

beforeAll(async () => {
  gazette = await startTempGazette()
  orgId = (await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府', slug: 'test-gov' } })).id
  token = await signIn(gazette, 'date-editor@example.gov.cn', ['editor'])
})

afterAll(async () => {
  await gazette?.cleanup()
})

const base = () => ({
  title: '测试市人民政府关于日期规则的决定',
  kind: 'other',
  issuers: [orgId],
  writtenDate: day('2024-03-01'),
  disclosure: 'proactive',
  _status: 'draft',
})

describe('date rules and titles are refused field by field, in Chinese', () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ['a draft without a title', { title: '' }, 'title', messages.titleRequired],
    ['a draft whose title is blank', { title: '   ' }, 'title', messages.titleRequired],
    [
      '施行日期 before 成文日期 without a reason',
      { effectiveDate: day('2024-02-01') },
      'effectiveDate',
      messages.dateRules.effectiveBeforeWritten,
    ],
    [
      'a 规章 in force 10 days after publication without a 第三十二条 ground',
      { kind: 'rule', publishedDate: day('2024-03-05'), effectiveDate: day('2024-03-15') },
      'shortNoticeGround',
      messages.dateRules.ruleShortNotice,
    ],
    [
      'a 行政规范性文件 published without 有效期至',
      { kind: 'normative-government', unifiedNumber: '测政规〔2024〕1号', effectiveDate: day('2024-04-01'), _status: 'published' },
      'expiresOn',
      messages.dateRules.expiresOnRequired,
    ],
  ])('%s', async (_name, change, path, message) => {
    const before = await count()
    const { status, fieldErrors } = await save({ ...base(), ...change })
    expect(status).toBe(400)
    expect(fieldErrors).toContainEqual(expect.objectContaining({ path, message }))
    expect(await count()).toBe(before)
  })

  it.each<[string, Record<string, unknown>]>([
    ['施行日期 before 成文日期 with a reason', { effectiveDate: day('2024-02-01'), effectiveDateReason: '按上级决定溯及既往' }],
    [
      'a 规章 in force on publication on a 第三十二条 ground',
      { kind: 'rule', publishedDate: day('2024-03-05'), effectiveDate: day('2024-03-05'), shortNoticeGround: 'national-security' },
    ],
    ['a 规章 in force 30 days after publication', { kind: 'rule', publishedDate: day('2024-03-05'), effectiveDate: day('2024-04-04') }],
    [
      'a 规范性文件 in force before publication (only a warning)',
      { kind: 'normative-department', publishedDate: day('2024-03-05'), effectiveDate: day('2024-03-04') },
    ],
  ])('accepts %s', async (_name, change) => {
    const { status, fieldErrors } = await save({ ...base(), ...change })
    expect(fieldErrors).toEqual([])
    expect(status).toBe(201)
  })
})
