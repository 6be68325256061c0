/**
 * Interpretation on the real database: the interpretation body a government's normative
 * document must name, read from its closing sentence when left empty; deadlines in
 * working days; interpretations and documents linked both ways in the snapshot, and
 * only public ones.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { interpretationStatus } from '../../core/interpretations/interpretationStatus'
import { messages } from '../../core/messages'
import type { PublicDocument, PublicInterpretation } from '../../core/snapshot/schema'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let governmentOffice: number
let bureau: number
const day = (d: string) => `${d}T04:00:00.000Z`
const body = (text: string) => markdownToLexical(text) as never

beforeAll(async () => {
  gazette = await startTempGazette()
  governmentOffice = (
    await gazette.payload.create({
      collection: 'organizations',
      data: { name: '测试市人民政府办公室', shortName: '市政府办公室', isGovernment: true, slug: 'test-office' },
    })
  ).id
  bureau = (
    await gazette.payload.create({
      collection: 'organizations',
      data: { name: '测试市司法局', shortName: '市司法局', slug: 'test-justice' },
    })
  ).id
})

afterAll(async () => {
  await gazette?.cleanup()
})

const normative = (extra: Record<string, unknown>) => ({
  title: '测试市人民政府办公室关于印发某办法的通知',
  kind: 'normative-government' as const,
  unifiedNumber: '测政规〔2024〕1号',
  issuers: [governmentOffice],
  writtenDate: day('2024-06-03'),
  publishedDate: day('2024-06-03'),
  disclosure: 'proactive' as const,
  _status: 'published' as const,
  ...extra,
})

describe('the interpretation body', () => {
  it('is required for a government office’s normative document', async () => {
    await expect(gazette.payload.create({ collection: 'documents', data: normative({ slug: 'no-body' }) })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'interpretationBody', message: messages.interpretationBodyRequired })] },
    })
  })

  it('is not required of a department’s document', async () => {
    const doc = await gazette.payload.create({
      collection: 'documents',
      data: normative({ slug: 'bureau-doc', kind: 'normative-department', unifiedNumber: null, issuers: [bureau] }),
    })
    expect(doc.interpretationBody ?? null).toBeNull()
  })

  it('is read from "本文件由…负责解读" when left empty', async () => {
    const doc = await gazette.payload.create({
      collection: 'documents',
      data: normative({ slug: 'read-body', unifiedNumber: '测政规〔2024〕2号', body: body('第一条 ……\n\n本文件由市政府办公室负责解读。') }),
      depth: 0,
    })
    expect(doc.interpretationBody).toBe(governmentOffice)
  })
})

describe('interpretations', () => {
  let documentId: number

  beforeAll(async () => {
    documentId = (
      await gazette.payload.create({
        collection: 'documents',
        data: normative({
          slug: 'interpreted',
          title: '已有解读的文件',
          unifiedNumber: '测政规〔2024〕3号',
          interpretationBody: governmentOffice,
        }),
      })
    ).id
    const hiddenDoc = await gazette.payload.create({
      collection: 'documents',
      data: normative({
        slug: 'hidden-doc',
        unifiedNumber: '测政规〔2024〕4号',
        interpretationBody: governmentOffice,
        disclosure: 'on-request',
        disclosureReason: '内部事务',
      }),
    })
    const base = {
      form: 'text' as const,
      interpretationBody: governmentOffice,
      disclosure: 'proactive' as const,
      _status: 'published' as const,
    }
    await gazette.payload.create({
      collection: 'interpretations',
      data: { ...base, title: '公开解读', slug: 'jd-public', documents: [documentId], publishedDate: day('2024-06-13') },
    })
    await gazette.payload.create({
      collection: 'interpretations',
      data: { ...base, title: '草稿解读', slug: 'jd-draft', documents: [documentId], _status: 'draft' },
      draft: true,
    })
    await gazette.payload.create({
      collection: 'interpretations',
      data: { ...base, title: '不公开文件的解读', slug: 'jd-of-hidden', documents: [hiddenDoc.id], publishedDate: day('2024-06-05') },
    })
  })

  it('have a deadline of 7 working days after the document, judged on the real calendar', async () => {
    // 2024-06-03 (Mon) + 7 working days, the Dragon Boat holiday (06-10) skipped → 06-13.
    expect(interpretationStatus('2024-06-03', ['2024-06-13'], '2024-07-01')).toMatchObject({
      state: 'published-on-time',
      due: '2024-06-13',
    })
    expect(interpretationStatus('2024-06-03', ['2024-06-14'], '2024-07-01')).toMatchObject({ state: 'published-late', due: '2024-06-13' })
    expect(interpretationStatus('2024-06-03', [], '2024-06-14')).toMatchObject({ state: 'overdue', due: '2024-06-13' })
  })

  it('are linked both ways in the snapshot, public ones only', async () => {
    const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
    const outDir = path.join(gazette.dir, 'snapshot')
    await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai', asOf: '2024-07-01' })
    const doc = JSON.parse(fs.readFileSync(path.join(outDir, 'documents', 'interpreted.json'), 'utf8')) as PublicDocument
    expect(doc.interpretations.map((i) => i.id)).toEqual(['jd-public'])
    const interpretation = JSON.parse(
      fs.readFileSync(path.join(outDir, 'interpretations', 'jd-public.json'), 'utf8'),
    ) as PublicInterpretation
    expect(interpretation.documents).toEqual([{ id: 'interpreted', title: '已有解读的文件', docNumber: null }])
    expect(interpretation.interpretationBody?.name).toBe('测试市人民政府办公室')
    expect(fs.existsSync(path.join(outDir, 'interpretations', 'jd-draft.json'))).toBe(false)
    expect(fs.existsSync(path.join(outDir, 'interpretations', 'jd-of-hidden.json'))).toBe(false)
  })

  it('are served to the public through the API only when published and public', async () => {
    const response = await gazette.rest('/api/interpretations?limit=100&depth=0')
    const titles = ((await response.json()) as { docs: Array<{ title: string }> }).docs.map((d) => d.title).sort()
    // 不公开文件的解读 is itself 主动公开; the site leaves it out because its document is not public.
    expect(titles).toEqual(['不公开文件的解读', '公开解读'].sort())
  })

  it('show on the dashboard when overdue', async () => {
    const late = await gazette.payload.create({
      collection: 'documents',
      data: normative({
        slug: 'late',
        unifiedNumber: '测政规〔2024〕5号',
        interpretationBody: governmentOffice,
        title: '逾期未解读的文件',
      }),
    })
    expect(late.id).toBeDefined()
    const { InterpretationReminders } = await import('../../cms/components/InterpretationReminders')
    const { renderToStaticMarkup } = await import('react-dom/server')
    const { createLocalReq } = await import('payload')
    const admin = await gazette.payload.create({
      collection: 'users',
      data: { email: 'admin@example.gov.cn', password: 'correct-horse-battery', roles: ['admin'] },
    })
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, gazette.payload)
    const html = renderToStaticMarkup(await InterpretationReminders({ payload: gazette.payload, req }))
    expect(html).toContain('逾期未解读的文件')
    expect(html).toContain('解读已逾期未发布')
    // Interpreted (if late): not a reminder any more.
    expect(html).not.toContain('已有解读的文件')
  })
})
