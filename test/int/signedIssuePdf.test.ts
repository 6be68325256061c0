/**
 * The print PDF the public gets is signed (issue #20), on the real database with the real
 * print engine, checked with Debian's pdfsig: an issue published with a print made in the
 * publishing request, its stored PDF and the exported snapshot's copy (the same bytes)
 * validate, name the local test certificate and carry the signing time; one changed byte
 * is caught. Republished unchanged it keeps its PDF, signed once; republished with a
 * correction it is printed and signed anew. A PDF typeset elsewhere (redrawn by cairo)
 * is published as its signed copy.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/exportSnapshot'
import type { GazetteIssue } from '../../cms/payload-types'
import { readPdf } from '../../cms/print/pdfReader'
import { printIssue } from '../../cms/print/printIssue'
import { testCertificateName } from '../../cms/signing/testCertificate'
import { manifestSchema } from '../../core/snapshot/schema'
import { issueByNumber, pdfFile, sampleDocument, startIssueFixture, type IssueFixture } from './helpers/issueFixture'
import { pdfsig, type PdfsigSignature } from './helpers/pdfsig'
import { call } from './helpers/reviewFlow'

let fixture: IssueFixture

beforeAll(async () => {
  delete process.env.SIGNING_CERTIFICATE
  fixture = await startIssueFixture()
}, 120_000)

afterAll(async () => {
  await fixture?.gazette.cleanup()
})

const pdfIdOf = (issue: GazetteIssue) => (typeof issue.printPdf === 'object' ? issue.printPdf?.id : issue.printPdf)

async function publish(id: number, data: Record<string, unknown> = {}): Promise<GazetteIssue> {
  const published = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${id}`, { ...data, _status: 'published' })
  expect(published.status, await published.clone().text()).toBe(200)
  const { year, issueNumber } = ((await published.json()) as { doc: GazetteIssue }).doc
  return issueByNumber(fixture, year, issueNumber)
}

/** The one signature pdfsig finds, which must be valid over the whole file. */
function onlyValidSignature(file: string): PdfsigSignature {
  const report = pdfsig(file)
  expect(report.signatures, report.output).toHaveLength(1)
  const [signature] = report.signatures as [PdfsigSignature]
  expect(signature.validation, report.output).toBe('Signature is Valid.')
  expect(signature.wholeDocument, report.output).toBe(true)
  expect(signature.commonName).toBe(testCertificateName)
  return signature
}

describe('a published issue’s print PDF', () => {
  let issue: GazetteIssue
  let publishedFrom: number

  beforeAll(async () => {
    const draft = await fixture.gazette.payload.create({
      collection: 'gazette-issues',
      draft: true,
      data: {
        year: 2022,
        issueNumber: 5,
        totalNumber: 205,
        publicationDate: '2022-09-01T00:00:00.000Z',
        printSource: 'generated',
        sections: [{ title: '部门文件', entries: [{ item: sampleDocument(fixture, '2018-lvyouwei-zwgk-fangan') }] }],
        _status: 'draft',
      },
    })
    publishedFrom = Date.now()
    issue = await publish(draft.id)
  }, 120_000)

  it('is signed at publication: pdfsig finds it valid, signed by the local test certificate at publication time', () => {
    const signature = onlyValidSignature(pdfFile(fixture, issue))
    // pdfsig shows whole seconds.
    expect(signature.signedAt?.getTime()).toBeGreaterThanOrEqual(Math.floor(publishedFrom / 1000) * 1000)
    expect(signature.signedAt?.getTime()).toBeLessThanOrEqual(Date.now())
  })

  it('goes out with the snapshot as the same signed file', async () => {
    const outDir = path.join(fixture.gazette.dir, 'signed-snapshot')
    await exportSnapshot(fixture.gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')))
    const url = manifest.issues.find((candidate) => candidate.id === '2022-5')?.pdf?.url
    expect(url).toMatch(/^\/files\/issues\/2022-5\/gazette-2022-05-print\.pdf$/)
    const copy = path.join(outDir, decodeURIComponent(url as string))
    expect(fs.readFileSync(copy).equals(fs.readFileSync(pdfFile(fixture, issue)))).toBe(true)
    onlyValidSignature(copy)
  })

  it('is no longer valid once one byte inside the signed range changes', () => {
    const tampered = fs.readFileSync(pdfFile(fixture, issue))
    const at = Math.floor(tampered.length / 3)
    tampered[at] = tampered[at]! ^ 0x20
    const file = path.join(fixture.gazette.dir, 'tampered.pdf')
    fs.writeFileSync(file, tampered)
    const report = pdfsig(file)
    expect(report.signatures, report.output).toHaveLength(1)
    expect(report.signatures[0]?.valid, report.output).toBe(false)
  })

  it('stays the same file, signed once, when the issue is republished unchanged', async () => {
    const again = await publish(issue.id)
    expect(pdfIdOf(again)).toBe(pdfIdOf(issue))
    onlyValidSignature(pdfFile(fixture, again))
  })

  it('is printed and signed anew when a correction changes what it prints', async () => {
    const sections = (issue.sections ?? []).map((section) => ({
      ...section,
      title: '部门规范性文件',
      entries: (section.entries ?? []).map(({ item }) => ({
        item: { relationTo: item.relationTo, value: typeof item.value === 'object' ? item.value.id : item.value },
      })),
    }))
    const corrected = await publish(issue.id, {
      sections,
      corrections: [{ date: '2022-09-02T00:00:00.000Z', text: '栏目名称“部门文件”更正为“部门规范性文件”。' }],
    })
    expect(pdfIdOf(corrected)).not.toBe(pdfIdOf(issue))
    onlyValidSignature(pdfFile(fixture, corrected))
    expect((await readPdf(pdfFile(fixture, corrected))).pageTexts.join('\n')).toContain('部门规范性文件')
  }, 120_000)
})

describe('a print PDF typeset elsewhere', () => {
  it('is published as its signed copy, the office’s upload left as it was', async () => {
    const document = await fixture.gazette.payload.findByID({
      collection: 'documents',
      id: fixture.ids.get('2020-jixian-jiceng-zwgk-fangan') as number,
      depth: 0,
    })
    const printed = await printIssue({
      gazetteName: '政府公报（示例）',
      year: 2022,
      issueNumber: 6,
      totalNumber: 206,
      publicationDate: '2022-09-15',
      sections: [
        {
          title: '部门文件',
          entries: [
            {
              id: String(document.id),
              title: document.title,
              docNumber: document.docNumber ?? null,
              issuers: [],
              writtenDate: null,
              body: [
                {
                  type: 'paragraph' as const,
                  align: 'start' as const,
                  children: [{ text: `${document.title}的正文。`.repeat(3), bold: false, italic: false, underline: false }],
                },
              ],
              kind: 'document' as const,
            },
          ],
        },
      ],
    })
    // The office's typesetter: another program redraws the pages (cairo, as pdftocairo).
    const chromium = path.join(fixture.gazette.dir, 'office-chromium.pdf')
    const office = path.join(fixture.gazette.dir, 'office-2022-06.pdf')
    fs.writeFileSync(chromium, printed.pdf)
    const redrawn = spawnSync('pdftocairo', ['-pdf', chromium, office])
    expect(redrawn.status, String(redrawn.stderr)).toBe(0)
    const bytes = fs.readFileSync(office)
    const upload = await fixture.gazette.payload.create({
      collection: 'issue-pdfs',
      data: {},
      file: { data: bytes, mimetype: 'application/pdf', name: 'office-2022-06.pdf', size: bytes.length },
    })
    const range = printed.entries[0] as { firstPage: number; lastPage: number }
    const created = await call(fixture.gazette, fixture.editor, 'POST', '/api/gazette-issues?draft=true', {
      year: 2022,
      issueNumber: 6,
      totalNumber: 206,
      publicationDate: '2022-09-15T00:00:00.000Z',
      printSource: 'uploaded',
      printPdf: upload.id,
      sections: [{ title: '部门文件', entries: [{ item: sampleDocument(fixture, '2020-jixian-jiceng-zwgk-fangan'), ...range }] }],
      _status: 'draft',
    })
    expect(created.status, await created.clone().text()).toBe(201)
    const issue = await publish(((await created.json()) as { doc: GazetteIssue }).doc.id)
    expect(pdfIdOf(issue)).not.toBe(upload.id)
    expect(typeof issue.printPdf === 'object' ? issue.printPdf?.filename : null).toMatch(/^gazette-2022-06-print(-\d+)?\.pdf$/)
    expect(issue.printChecks).toContain('核对一致')
    onlyValidSignature(pdfFile(fixture, issue))
    expect(fs.readFileSync(path.join(fixture.gazette.dir, 'issue-pdfs', upload.filename as string)).equals(bytes)).toBe(true)
    expect(pdfsig(path.join(fixture.gazette.dir, 'issue-pdfs', upload.filename as string)).signatures).toHaveLength(0)
    // Published again as it is, it is not signed a second time.
    const again = await publish(issue.id)
    expect(pdfIdOf(again)).toBe(pdfIdOf(issue))
    onlyValidSignature(pdfFile(fixture, again))
  }, 120_000)
})
