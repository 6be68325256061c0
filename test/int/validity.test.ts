/**
 * Validity on the real database and the real export: statuses on a fixed day, relations
 * shown from both sides, a repeal by a non-public document kept out of the public view,
 * and relation entry errors refused in Chinese.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addDays } from '../../core/calendar/calendarArithmetic'
import { toCalendarDate } from '../../core/calendar/calendarDate'
import { relationMessages } from '../../core/relations/relationChecks'
import { messages } from '../../core/messages'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import type { Manifest, PublicDocument } from '../../core/snapshot/schema'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let outDir: string
const ids: Record<string, number> = {}
const day = (d: string) => `${d}T04:00:00.000Z`

async function makeDocument(slug: string, dates: Record<string, string>, extra: Record<string, unknown> = {}) {
  const org = await gazette.payload.find({ collection: 'organizations', limit: 1 })
  const doc = await gazette.payload.create({
    collection: 'documents',
    data: {
      title: `测试文件${slug}`,
      slug,
      kind: 'normative-government',
      unifiedNumber: `测政规〔2020〕${Object.keys(ids).length + 1}号`,
      issuers: [org.docs[0]?.id as number],
      writtenDate: day('2019-12-01'),
      disclosure: 'proactive',
      _status: 'published',
      ...Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, day(v)])),
      ...extra,
    },
  })
  ids[slug] = doc.id
}

async function relate(kind: 'amends' | 'repeals' | 'replaces', from: string, to: string, date: string) {
  return gazette.payload.create({
    collection: 'document-relations',
    data: { kind, from: ids[from] as number, to: ids[to] as number, date: day(date) },
  })
}

function readDoc(slug: string): PublicDocument {
  return JSON.parse(fs.readFileSync(path.join(outDir, 'documents', `${slug}.json`), 'utf8')) as PublicDocument
}

beforeAll(async () => {
  gazette = await startTempGazette()
  await gazette.payload.create({ collection: 'organizations', data: { name: '测试市人民政府', slug: 'test-gov' } })
  await makeDocument('a-repealed', { effectiveDate: '2020-01-01', expiresOn: '2030-12-31' })
  await makeDocument('b-repealer', { effectiveDate: '2023-06-01' }, { writtenDate: day('2023-05-01') })
  await makeDocument('c-amender', { effectiveDate: '2022-01-01' }, { writtenDate: day('2021-12-01') })
  await makeDocument('d-amended', { effectiveDate: '2020-01-01' })
  await makeDocument('e-expired', { effectiveDate: '2020-01-01', expiresOn: '2021-12-31' })
  await makeDocument('f-future', { effectiveDate: '2027-01-01' })
  await makeDocument('g-hidden', { effectiveDate: '2022-01-01' }, { disclosure: 'on-request', disclosureReason: '内部管理信息' })
  await makeDocument('h-kept', { effectiveDate: '2020-01-01' })
  await relate('repeals', 'b-repealer', 'a-repealed', '2023-06-01')
  await relate('amends', 'c-amender', 'd-amended', '2022-01-01')
  await relate('repeals', 'g-hidden', 'h-kept', '2022-01-01')

  const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
  outDir = path.join(gazette.dir, 'snapshot')
  await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai', asOf: '2024-06-01' })
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('statuses in the snapshot, as of 2024-06-01', () => {
  it.each([
    ['a-repealed', 'repealed'],
    ['b-repealer', 'in-force'],
    ['c-amender', 'in-force'],
    ['d-amended', 'amended'],
    ['e-expired', 'expired'],
    ['f-future', 'not-yet-in-force'],
    // Repealed only by a document the public cannot see: publicly still in force.
    ['h-kept', 'in-force'],
  ])('%s is %s', (slug, status) => {
    const doc = readDoc(slug)
    expect(doc.validity.status).toBe(status)
    expect(doc.validity.asOf).toBe('2024-06-01')
  })

  it('takes the 废止日期 from the repealing document', () => {
    expect(readDoc('a-repealed').repealedOn).toBe('2023-06-01')
    expect(readDoc('h-kept').repealedOn).toBeNull()
  })

  it('tells when the next status change is due', () => {
    expect(readDoc('f-future').validity.nextChange).toBe('2027-01-01')
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest
    expect(manifest.statusAsOf).toBe('2024-06-01')
    expect(manifest.nextStatusChange).toBe('2027-01-01')
    expect(manifest.documents.find((d) => d.id === 'e-expired')?.status).toBe('expired')
  })
})

describe('relations in the snapshot', () => {
  it('show from both sides', () => {
    expect(readDoc('b-repealer').relations).toEqual([
      expect.objectContaining({ side: 'repeals', documentId: 'a-repealed', date: '2023-06-01', title: '测试文件a-repealed' }),
    ])
    expect(readDoc('a-repealed').relations).toEqual([
      expect.objectContaining({ side: 'repealedBy', documentId: 'b-repealer', date: '2023-06-01' }),
    ])
    expect(readDoc('c-amender').relations).toEqual([expect.objectContaining({ side: 'amends', documentId: 'd-amended' })])
    expect(readDoc('d-amended').relations).toEqual([expect.objectContaining({ side: 'amendedBy', documentId: 'c-amender' })])
  })

  it('leave out non-public documents entirely', () => {
    expect(readDoc('h-kept').relations).toEqual([])
    expect(fs.existsSync(path.join(outDir, 'documents', 'g-hidden.json'))).toBe(false)
  })

  it('are hidden from the public API when one side is not public', async () => {
    const response = await gazette.rest('/api/document-relations?limit=100&depth=0')
    const body = (await response.json()) as { docs: Array<{ from: number; to: number }> }
    expect(body.docs.map((r) => r.to).sort()).toEqual([ids['a-repealed'], ids['d-amended']].sort())
  })
})

describe('relation entry errors', () => {
  async function refusal(kind: 'amends' | 'repeals' | 'replaces', from: string, to: string, date: string): Promise<string> {
    try {
      await relate(kind, from, to, date)
    } catch (error) {
      return JSON.stringify((error as { data?: unknown }).data ?? String(error))
    }
    throw new Error('expected the relation to be refused')
  }

  it('refuses a document that repeals itself', async () => {
    expect(await refusal('repeals', 'c-amender', 'c-amender', '2024-01-01')).toContain(relationMessages.selfRelation('repeals'))
  })

  it('refuses a relation entered twice', async () => {
    expect(await refusal('amends', 'c-amender', 'd-amended', '2022-01-01')).toContain('已录入过一次')
  })

  it('refuses a loop of repeals and replacements', async () => {
    expect(await refusal('replaces', 'a-repealed', 'b-repealer', '2024-01-01')).toContain('循环')
  })

  it('refuses a repeal dated before the document took effect', async () => {
    expect(await refusal('repeals', 'b-repealer', 'f-future', '2025-01-01')).toContain('早于其开始施行的日期')
  })
})

describe('the validity clause in the body', () => {
  const body = (text: string) => markdownToLexical(text) as unknown as Record<string, unknown>

  it('fills 施行日期 and 有效期至 when the editor asks', async () => {
    const org = await gazette.payload.find({ collection: 'organizations', limit: 1 })
    const doc = await gazette.payload.create({
      collection: 'documents',
      draft: true,
      data: {
        title: '测试市人民政府关于有效期条款的规定',
        issuers: [org.docs[0]?.id as number],
        writtenDate: day('2022-06-01'),
        body: body('第一条 为了规范管理，制定本规定。\n\n第二十条 本规定自2022年7月1日起施行，有效期5年。') as never,
        readValidityClause: true,
        _status: 'draft',
      },
    })
    expect(doc.effectiveDate?.slice(0, 10)).toBe('2022-07-01')
    expect(toCalendarDate(doc.expiresOn as string, 'Asia/Shanghai')).toBe('2027-06-30')
    expect(doc.readValidityClause).toBe(false)
  })

  it('says so in Chinese when the body has no such clause', async () => {
    await expect(
      gazette.payload.create({
        collection: 'documents',
        draft: true,
        data: { title: '没有有效期条款的文件', body: body('现将有关事项通知如下。') as never, readValidityClause: true, _status: 'draft' },
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ message: messages.validityClauseNotFound })] } })
  })
})

describe('the dashboard reminders', () => {
  it('list documents ending within 90 days and normative documents without a term', async () => {
    const { ValidityReminders } = await import('../../cms/components/ValidityReminders')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { createLocalReq } = await import('payload')
    const timeZone = 'Asia/Shanghai'
    const soon = addDays(toCalendarDate(new Date(), timeZone), 30)
    await makeDocument('ending-soon', { effectiveDate: '2020-01-01', expiresOn: soon })
    const admin = await gazette.payload.create({
      collection: 'users',
      data: { email: 'a@example.gov.cn', password: 'correct-horse-battery', roles: ['admin'] },
    })
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, gazette.payload)
    const html = renderToStaticMarkup(await ValidityReminders({ payload: gazette.payload, req }))
    const [ending, withoutTerm] = html.split('未注明有效期的规范性文件')
    expect(ending).toContain('测试文件ending-soon')
    expect(ending).not.toContain('测试文件a-repealed')
    expect(withoutTerm).toContain('测试文件b-repealer')
    expect(withoutTerm).not.toContain('测试文件a-repealed')
  })
})
