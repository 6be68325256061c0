/**
 * Numbers on the real database: allocation through the API is atomic and consecutive,
 * a number is never held by two documents, unified numbers are allocated from 规 codes,
 * and 索引号 is assigned on first publication and never changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { messages } from '../../core/messages'
import { loadSeriesByYear } from '../../cms/numbering/loadSeriesByYear'
import { signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let token: string
let orgId: number
let docCodeId: number
let unifiedCodeId: number

type Saved = { doc?: { id: number; docNumber?: string | null; docNumberRaw?: string | null; unifiedNumber?: string | null } }
type ErrorBody = { errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }> }

async function postDocument(data: Record<string, unknown>, query = '?draft=true'): Promise<Response> {
  return gazette.rest(`/api/documents${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify(data),
  })
}

const base = () => ({
  title: '测试市人民政府办公室关于取号测试的通知',
  kind: 'other',
  issuers: [orgId],
  writtenDate: '2024-06-01T04:00:00.000Z',
  disclosure: 'proactive',
  // Drafts: numbers are allocated and checked on every save, and publishing goes through review.
  _status: 'draft',
})

beforeAll(async () => {
  gazette = await startTempGazette()
  const { payload } = gazette
  const org = await payload.create({
    collection: 'organizations',
    data: { name: '测试市人民政府办公室', shortName: '市政府办公室', orgCode: '734972044', slug: 'test-office' },
  })
  orgId = org.id
  docCodeId = (
    await payload.create({
      collection: 'issuing-codes',
      data: { code: '测政办发', organization: orgId, series: 'docNumber', kind: 'other' },
    })
  ).id
  unifiedCodeId = (
    await payload.create({
      collection: 'issuing-codes',
      data: { code: '测政规', organization: orgId, series: 'unifiedNumber', kind: 'normative-government' },
    })
  ).id
  token = await signIn(gazette, 'editor@example.gov.cn', ['editor'])
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('allocation', () => {
  it('gives 20 simultaneous requests 20 distinct consecutive numbers', async () => {
    // A number typed by hand takes its place in the sequence first.
    expect((await postDocument({ ...base(), docNumberRaw: '测政办发(2024)第3号' })).status).toBe(201)
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        postDocument({
          ...base(),
          title: `测试市人民政府办公室关于并发取号第${i + 1}件的通知`,
          allocateFrom: docCodeId,
          allocateYear: 2024,
        }),
      ),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201))
    const numbers = await Promise.all(responses.map(async (r) => ((await r.json()) as Saved).doc?.docNumber))
    const serials = numbers.map((n) => Number(/〔2024〕(\d+)号$/.exec(n ?? '')?.[1])).sort((a, b) => a - b)
    expect(serials).toEqual(Array.from({ length: 20 }, (_, i) => i + 4))
  })

  it('refuses a number another document holds, naming that document', async () => {
    const response = await postDocument({ ...base(), title: '重复字号的文件', docNumberRaw: '测政办发〔2024〕05号' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as ErrorBody
    const texts = (body.errors ?? []).flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((d) => d.message)])
    const holder = await gazette.payload.find({ collection: 'documents', where: { docNumber: { equals: '测政办发〔2024〕5号' } } })
    expect(texts).toContain(messages.docNumberTaken('测政办发〔2024〕5号', String(holder.docs[0]?.title)))
  })

  it('allocates unified numbers from a 规 code in the configured shape', async () => {
    const response = await postDocument({
      ...base(),
      kind: 'normative-government',
      title: '测试市人民政府办公室关于规范性文件的通知',
      allocateFrom: unifiedCodeId,
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as Saved).doc?.unifiedNumber).toBe('测政规〔2024〕1号')
  })

  it('refuses to allocate over a number already set', async () => {
    const response = await postDocument({
      ...base(),
      title: '已有字号再取号',
      docNumberRaw: '测政办发〔2024〕99号',
      allocateFrom: docCodeId,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(messages.numberAlreadySet)
  })

  it('shows the register per year with its gaps', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({}, gazette.payload)
    const years = await loadSeriesByYear(req, '测政办发', 'docNumber')
    const year2024 = years.find((y) => y.year === 2024)
    expect(year2024?.used.sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i + 3))
    expect(year2024?.allocated).toHaveLength(20)
  })
})

describe('index numbers', () => {
  it('are assigned on first publication from the pattern and never change', async () => {
    const draft = await postDocument({ ...base(), title: '索引号测试' })
    const id = ((await draft.json()) as Saved).doc?.id as number
    const beforePublishing = await gazette.payload.findByID({ collection: 'documents', id, draft: true })
    expect(beforePublishing.indexNumber ?? null).toBeNull()

    await gazette.payload.update({ collection: 'documents', id, data: { _status: 'published', publishedDate: '2024-06-03T04:00:00.000Z' } })
    const published = await gazette.payload.findByID({ collection: 'documents', id })
    expect(published.indexNumber).toMatch(/^734972044\/2024-\d{5}$/)

    await gazette.payload.update({
      collection: 'documents',
      id,
      data: { title: '索引号测试（修改）', indexNumber: '000000000/2000-00001' },
    })
    const edited = await gazette.payload.findByID({ collection: 'documents', id })
    expect(edited.indexNumber).toBe(published.indexNumber)
  })
})
