/**
 * 从印刷版导入's server side on a real temporary database (the browser's part is
 * test/e2e/adminBackIssue.test.ts): the upload endpoint refuses what is not a PDF and
 * anyone who may not create issues, stores a PDF and queues its import, whose job writes
 * the issue and an outcome only its uploader may read; and the page images of an OCR'd
 * entry (its stored uncertain characters boxed on the page) are served to staff who may
 * read its draft, for its own pages only, and never to the public.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { IssueFileReading } from '../../cms/backIssues/readIssueFile'
import type { OcrProofing } from '../../cms/backIssues/proofSpots'
import type { UploadedIssueState } from '../../cms/backIssues/uploadedIssueState'
import { sampleBackIssue } from '../../scripts/bench/backIssues/sampleIssue'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let pdf: string
const tokens: Record<string, string> = {}

async function signIn(email: string, password: string): Promise<string> {
  const response = await gazette.rest('/api/users/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  return ((await response.json()) as { token: string }).token
}

const as = (who: string): Record<string, string> => (tokens[who] ? { Authorization: `JWT ${tokens[who]}` } : {})

async function upload(who: string, name: string, bytes: Buffer, fields: Record<string, string> = {}): Promise<Response> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name)
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return gazette.rest('/api/gazette-issues/import-back-issue', { method: 'POST', body: form, headers: as(who) })
}

beforeAll(async () => {
  gazette = await startTempGazette()
  for (const role of ['editor', 'reviewer'] as const) {
    await gazette.payload.create({
      collection: 'users',
      data: { email: `${role}@example.gov.cn`, password: `${role}-password`, roles: [role] },
    })
    tokens[role] = await signIn(`${role}@example.gov.cn`, `${role}-password`)
  }
  tokens.admin = await signIn('first-admin@example.gov.cn', 'first-admin-password')
  const { printIssue } = await import('../../cms/print/printIssue')
  const printed = await printIssue(sampleBackIssue({ documents: 1 }))
  pdf = path.join(gazette.dir, '过刊.pdf')
  await writeFile(pdf, printed.pdf)
}, 240_000)

afterAll(async () => {
  await gazette?.cleanup()
})

describe('the admin’s upload of a printed issue', () => {
  it('refuses anyone who may not create issues, and a file that is not a PDF, storing nothing', async () => {
    const bytes = await readFile(pdf)
    expect((await upload('public', 'a.pdf', bytes)).status).toBe(403)
    expect((await upload('reviewer', 'a.pdf', bytes)).status).toBe(403)
    const notPdf = await upload('editor', '目录.pdf', Buffer.from('这不是PDF'))
    expect(notPdf.status).toBe(400)
    expect(JSON.stringify(await notPdf.json())).toContain('不是PDF文件')
    const imports = { taskSlug: { equals: 'backIssueImport' } }
    expect((await gazette.payload.count({ collection: 'payload-jobs', where: imports })).totalDocs).toBe(0)
  })

  it('queues the import, whose job writes the draft issue and an outcome only the uploader may read', async () => {
    const response = await upload('editor', '过刊.pdf', await readFile(pdf), { year: '2022', issueNumber: '6', totalNumber: '123' })
    expect(response.status).toBe(202)
    const { token } = (await response.json()) as { token: string }
    const state = async (who: string) => (await gazette.rest(`/api/gazette-issues/import-back-issue/${token}`, { headers: as(who) })).json()
    expect(await state('editor')).toMatchObject({ status: 'working', progress: { stage: 'queued' } })
    await gazette.payload.jobs.run({ queue: 'back-issues' })
    const done = (await state('editor')) as UploadedIssueState
    if (done.status !== 'done') throw new Error(`not imported: ${JSON.stringify(done)}`)
    expect(done.summary.issue).toMatchObject({ label: '2022年第6期（总第123期）', created: true })
    expect(done.summary.source).toMatchObject({ kind: 'text-pdf', recognised: 0 })
    expect(done.summary.entries).toHaveLength(2)
    expect(done.summary.printChecks.join('')).toContain('与篇目核对一致')
    expect(await state('admin')).toEqual({ status: 'missing' })
    const issue = await gazette.payload.findByID({ collection: 'gazette-issues', id: done.summary.issue.id, draft: true, depth: 1 })
    expect(issue).toMatchObject({ printSource: 'uploaded', _status: 'draft' })
    expect(issue.printPdf && typeof issue.printPdf === 'object' ? issue.printPdf.filename : null).toBe('过刊.pdf')
  }, 120_000)
})

describe('the page images of an entry read by OCR', () => {
  let documentId: number
  let proofing: OcrProofing
  let interpretationId: number
  let interpretationProofing: OcrProofing

  beforeAll(async () => {
    const { readIssueFile } = await import('../../cms/backIssues/readIssueFile')
    const { saveBackIssue } = await import('../../cms/backIssues/saveBackIssue')
    const reading = await readIssueFile(pdf)
    const [entry] = reading.entries
    const interpretation = reading.entries.find((candidate) => candidate.kind === 'interpretation')
    if (!entry || !interpretation) throw new Error('no document or interpretation read')
    // The first entry and the interpretation as OCR would give them: one character of a
    // line on the entry's first page doubtful.
    let ocrReading: IssueFileReading = reading
    for (const read of [entry, interpretation]) {
      const page = ocrReading.pageTexts[read.firstPage - 1]!
      const lineIndex = page.lines.findIndex((line) => Array.from(line.text).length > 12)
      const chars = Array.from(page.lines[lineIndex]!.text)
      ocrReading = {
        ...ocrReading,
        pageTexts: ocrReading.pageTexts.map((p) =>
          p === page
            ? { ...p, lines: p.lines.map((l, i) => (i === lineIndex ? { ...l, uncertain: [{ index: 6, confidence: 40 }] } : l)) }
            : p,
        ),
        entries: ocrReading.entries.map((e) =>
          e.firstPage === read.firstPage && e.title === read.title
            ? {
                ...e,
                ocr: true,
                uncertain: [{ page: read.firstPage, char: chars[6]!, confidence: 40, context: chars.slice(0, 15).join('') }],
              }
            : e,
        ),
      }
    }
    const saved = await saveBackIssue(gazette.payload, { file: pdf, reading: ocrReading })
    documentId = saved.entries[0]!.id
    const doc = await gazette.payload.findByID({ collection: 'documents', id: documentId, draft: true })
    proofing = doc.ocrProofing as OcrProofing
    interpretationId = saved.entries.find((saved) => saved.collection === 'interpretations')!.id
    const interpreted = await gazette.payload.findByID({ collection: 'interpretations', id: interpretationId, draft: true })
    interpretationProofing = interpreted.ocrProofing as OcrProofing
  }, 120_000)

  it('stores the doubtful character with its box on the page', () => {
    expect(proofing.printPdf).toEqual(expect.any(Number))
    const [spot] = proofing.spots
    expect(spot?.box).toMatchObject({ left: expect.any(Number), top: expect.any(Number) })
    expect(spot!.box!.left).toBeGreaterThan(0)
    expect(spot!.box!.left + spot!.box!.width).toBeLessThan(1)
  })

  it('serves the entry’s pages to staff, never cached, and nothing to the public or outside its pages', async () => {
    const url = (page: number) => `/api/documents/${documentId}/proof-page/${page}`
    const staff = await gazette.rest(url(proofing.firstPage), { headers: as('reviewer') })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('content-type')).toBe('image/png')
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
    expect(
      Buffer.from(await staff.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG')
    expect((await gazette.rest(url(proofing.firstPage))).status).toBe(403)
    expect((await gazette.rest(url(proofing.lastPage + 1), { headers: as('reviewer') })).status).toBe(404)
    expect((await gazette.rest(`/api/documents/${documentId}?draft=true`)).status).toBe(404)
  }, 60_000)

  it('keeps an OCR’d interpretation’s proofreading record too, and serves its pages to staff only', async () => {
    expect(interpretationProofing.printPdf).toEqual(proofing.printPdf)
    expect(interpretationProofing.spots[0]?.box).toMatchObject({ left: expect.any(Number), top: expect.any(Number) })
    const url = (page: number) => `/api/interpretations/${interpretationId}/proof-page/${page}`
    const staff = await gazette.rest(url(interpretationProofing.firstPage), { headers: as('reviewer') })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('content-type')).toBe('image/png')
    expect((await gazette.rest(url(interpretationProofing.firstPage))).status).toBe(403)
    expect((await gazette.rest(url(interpretationProofing.lastPage + 1), { headers: as('reviewer') })).status).toBe(404)
  }, 60_000)
})
