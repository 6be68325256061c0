/**
 * Bad input from an editor gets a Chinese message naming the problem, and nothing is
 * saved. Exercised through the real REST handler, as the admin and API clients use it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messages } from '../../core/messages'
import { createStaff, publishThroughReview, signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let token: string
let orgId: number | string

type ErrorBody = { errors?: Array<{ message: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

/** Every message the response carries, field messages included. */
function errorMessages(body: ErrorBody): string[] {
  return (body.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((e) => e.message)])
}

async function post(data: Record<string, unknown>): Promise<{ status: number; messages: string[] }> {
  const response = await gazette.rest('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ _status: 'published', ...data }),
  })
  return { status: response.status, messages: errorMessages((await response.json()) as ErrorBody) }
}

async function documentCount(): Promise<number> {
  return (await gazette.payload.count({ collection: 'documents' })).totalDocs
}

beforeAll(async () => {
  gazette = await startTempGazette()
  const org = await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府办公室', slug: 'test-office' } })
  orgId = org.id
  token = await signIn(gazette, 'editor@example.gov.cn', ['editor'])
  await gazette.payload.create({
    collection: 'documents',
    data: {
      title: '测试市人民政府办公室关于已有字号的通知',
      docNumberRaw: '测政办发〔2024〕7号',
      kind: 'other',
      issuers: [orgId],
      writtenDate: '2024-01-10T04:00:00.000Z',
      disclosure: 'proactive',
      _status: 'published',
    },
  })
})

afterAll(async () => {
  await gazette?.cleanup()
})

const valid = () => ({
  title: '测试市人民政府办公室关于新文件的通知',
  kind: 'other',
  issuers: [orgId],
  writtenDate: '2024-02-01T04:00:00.000Z',
  disclosure: 'proactive',
})

describe('documents refuse bad input in Chinese and save nothing', () => {
  it.each<[string, Record<string, unknown>, (texts: string[]) => boolean]>([
    ['a missing title', { title: undefined }, (texts) => texts.some((t) => t.includes('标题'))],
    ['a malformed date', { writtenDate: '2024-13-45' }, (texts) => texts.some((t) => t.includes('成文日期'))],
    [
      '施行日期 after 有效期至',
      { effectiveDate: '2024-03-01T04:00:00.000Z', expiresOn: '2024-02-28T04:00:00.000Z' },
      (texts) => texts.includes(messages.dateOrder.effectiveAfterExpiry),
    ],
    [
      '发布日期 before 成文日期',
      { publishedDate: '2024-01-31T04:00:00.000Z' },
      (texts) => texts.includes(messages.dateOrder.publishedBeforeWritten),
    ],
    ['a document number that is not one', { docNumberRaw: '测政办发2024年7' }, (texts) => texts.some((t) => /字号|括号|年份/.test(t))],
    [
      'a document number another document holds, typed differently',
      { docNumberRaw: '测政办发[2024]第07号' },
      (texts) => texts.includes(messages.docNumberTaken('测政办发〔2024〕7号', '测试市人民政府办公室关于已有字号的通知')),
    ],
    ['依申请公开 without a reason', { disclosure: 'on-request' }, (texts) => texts.includes(messages.disclosureReasonRequired)],
    [
      '依申请公开 without a legal ground',
      { disclosure: 'on-request', disclosureReason: '仅与申请人相关' },
      (texts) => texts.includes(messages.disclosureGroundRequired),
    ],
    [
      '不予公开 on a ground for 依申请公开',
      { disclosure: 'not-disclosed', disclosureReason: '涉及国家秘密', disclosureGround: 'not-proactive-scope' },
      (texts) => texts.includes(messages.disclosureGroundRequired),
    ],
  ])('%s', async (_name, change, expectMessage) => {
    const before = await documentCount()
    const { status, messages: texts } = await post({ ...valid(), ...change })
    expect(status).toBe(400)
    expect(expectMessage(texts), `messages were: ${texts.join(' | ')}`).toBe(true)
    expect(
      texts.every((text) => /[\u4e00-\u9fff]/.test(text)),
      `not all Chinese: ${texts.join(' | ')}`,
    ).toBe(true)
    expect(await documentCount()).toBe(before)
  })

  it('refuses dates out of order in a draft too', async () => {
    const before = await documentCount()
    const response = await gazette.rest('/api/documents?draft=true', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: '草稿：日期有误',
        _status: 'draft',
        effectiveDate: '2024-03-01T04:00:00.000Z',
        expiresOn: '2024-02-28T04:00:00.000Z',
      }),
    })
    expect(response.status).toBe(400)
    expect(errorMessages((await response.json()) as ErrorBody)).toContain(messages.dateOrder.effectiveAfterExpiry)
    expect(await documentCount()).toBe(before)
  })

  it('lets a draft leave required fields for later', async () => {
    const response = await gazette.rest('/api/documents?draft=true', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ title: '草稿：尚缺发文机关', _status: 'draft' }),
    })
    expect(response.status).toBe(201)
  })

  it('accepts the same document once corrected, keeping the number as typed', async () => {
    const staff = await createStaff(gazette, 'flow-')
    const { statuses, doc } = await publishThroughReview(gazette, staff, 'documents', { ...valid(), docNumberRaw: '测政办发(2024)第008号' })
    expect(statuses).toEqual([201, 200, 200])
    expect(doc.docNumberRaw).toBe('测政办发(2024)第008号')
    expect(doc.docNumber).toBe('测政办发〔2024〕8号')
  })
})
