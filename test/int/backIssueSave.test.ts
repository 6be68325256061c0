/**
 * A back issue written into the database (cms/backIssues/saveBackIssue.ts), as
 * `npm run import:issue` does without --dry-run: the sample issue printed by gongbao's own
 * print engine, read back from its PDF, saved on a real temporary database. It becomes a
 * draft issue with the PDF as its uploaded print and every entry a draft with its fields,
 * pages and section; nothing of it reaches the public; the sync check the CMS runs before
 * publishing passes on the entries as imported; importing it again writes nothing new,
 * leaves a published document as it is, and marks an OCR'd entry; an issue number that
 * clashes is refused with nothing written.
 */
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { IssueFileReading } from '../../cms/backIssues/readIssueFile'
import type { SavedBackIssue } from '../../cms/backIssues/saveBackIssue'
import type { GazetteIssue } from '../../cms/payload-types'
import type { PrintIssueInput } from '../../cms/print/issueSchema'
import { characterErrors } from '../../core/backIssues'
import { toCalendarDate } from '../../core/calendar/calendarDate'
import { gazetteTimeZone } from '../../core/settings'
import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import type { LexicalState } from '../../core/snapshot/lexical'
import { foldPrintEngineMisreads } from '../../scripts/bench/backIssues/printEngineMisreads'
import { bodyText } from '../../scripts/bench/backIssues/readingScore'
import { expectedEntries, sampleBackIssue } from '../../scripts/bench/backIssues/sampleIssue'
import { readSampleOrganizations } from '../../scripts/lib/samples'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let issue: PrintIssueInput
let expected: ReturnType<typeof expectedEntries>
let reading: IssueFileReading
let pdf: string
let first: SavedBackIssue

/** The modules that open the database load after tempGazette has set the environment. */
const backIssues = async () => ({
  ...(await import('../../cms/backIssues/saveBackIssue')),
  ...(await import('../../cms/backIssues/backIssueRefusal')),
  ...(await import('../../cms/backIssues/readIssueFile')),
})

const save = async (from: IssueFileReading, overrides = {}) =>
  (await backIssues()).saveBackIssue(gazette.payload, { file: pdf, reading: from, overrides })

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {}
  for (const collection of ['documents', 'interpretations', 'gazette-issues', 'issue-pdfs', 'media'] as const) {
    result[collection] = (await gazette.payload.count({ collection })).totalDocs
  }
  return result
}

async function draftIssue(): Promise<GazetteIssue> {
  const found = await gazette.payload.find({
    collection: 'gazette-issues',
    where: { and: [{ year: { equals: issue.year } }, { issueNumber: { equals: issue.issueNumber } }] },
    draft: true,
    depth: 1,
  })
  expect(found.docs).toHaveLength(1)
  return found.docs[0] as GazetteIssue
}

beforeAll(async () => {
  gazette = await startTempGazette()
  // The register the 发文机关 are matched against, as an office that adopts gongbao keeps it.
  for (const org of readSampleOrganizations()) {
    await gazette.payload.create({
      collection: 'organizations',
      data: { name: org.name, shortName: org.shortName, orgCode: org.orgCode, isGovernment: org.isGovernment, slug: org.key },
    })
  }
  const { printIssue } = await import('../../cms/print/printIssue')
  issue = sampleBackIssue()
  const printed = await printIssue(issue)
  expected = expectedEntries(issue, printed)
  pdf = path.join(gazette.dir, 'back-issue.pdf')
  await writeFile(pdf, printed.pdf)
  reading = await (await backIssues()).readIssueFile(pdf)
  first = await save(reading)
}, 240_000)

afterAll(async () => {
  if (pdf) await rm(pdf, { force: true })
  await gazette?.cleanup()
})

describe('a back issue imported from its PDF', () => {
  it('becomes a draft issue with its numbers, its date, its sections and the PDF as its uploaded print', async () => {
    const saved = await draftIssue()
    expect(first.issue).toMatchObject({ created: true, label: '2022年第6期（总第123期）' })
    expect(saved).toMatchObject({ year: 2022, issueNumber: 6, totalNumber: 123, printSource: 'uploaded', _status: 'draft' })
    expect(toCalendarDate(saved.publicationDate, gazetteTimeZone())).toBe(issue.publicationDate)
    expect(saved.sections?.map((section) => section.title)).toEqual(issue.sections.map((section) => section.title))
    const printPdf = saved.printPdf
    if (!printPdf || typeof printPdf !== 'object' || !printPdf.filename) throw new Error('the issue has no print PDF')
    const stored = await readFile(path.join(gazette.dir, 'issue-pdfs', printPdf.filename))
    expect(stored.equals(await readFile(pdf))).toBe(true)
    // The check the issue ran on saving: every entry's title on its stated first page.
    expect(first.printChecks).toContain('与篇目核对一致')
  })

  it('holds every entry as a draft with its title, 发文字号, 发文机关, 成文日期, body, pages and section', async () => {
    const saved = await draftIssue()
    const placed = (saved.sections ?? []).flatMap((section) => (section.entries ?? []).map((entry) => ({ section: section.title, entry })))
    expect(placed).toHaveLength(expected.length)
    const organisations = new Map(
      (await gazette.payload.find({ collection: 'organizations', pagination: false })).docs.map((org) => [org.id, org.name]),
    )
    for (const [index, source] of expected.entries()) {
      const { section, entry } = placed[index]!
      expect({ section, firstPage: entry.firstPage, lastPage: entry.lastPage }).toEqual({
        section: source.section,
        firstPage: source.firstPage,
        lastPage: source.lastPage,
      })
      expect(entry.item.relationTo).toBe(source.kind === 'interpretation' ? 'interpretations' : 'documents')
      const id = typeof entry.item.value === 'object' ? entry.item.value.id : entry.item.value
      const item = await gazette.payload.findByID({ collection: entry.item.relationTo, id, draft: true, depth: 0 })
      expect(item._status).toBe('draft')
      expect(item.title).toBe(source.title)
      // The body as the reader read it, paragraph for paragraph, and character for character the source's.
      const body = bodyText(blocksFromLexical(item.body as unknown as LexicalState))
      expect(body).toBe(bodyText(reading.entries[index]!.document.body))
      expect(characterErrors(bodyText(source.body), foldPrintEngineMisreads(body)).errors).toBe(0)
      if (entry.item.relationTo !== 'documents') continue
      const doc = await gazette.payload.findByID({ collection: 'documents', id, draft: true, depth: 0 })
      expect(doc.docNumberRaw ?? null).toBe(source.docNumber)
      expect(doc.writtenDate ? toCalendarDate(doc.writtenDate, gazetteTimeZone()) : null).toBe(source.writtenDate)
      // 发文机关 matched to the register by the names the issue prints.
      const printed = issue.sections.flatMap((s) => s.entries).find((e) => e.title === source.title)?.issuers ?? []
      const names = doc.issuers.map((org) => organisations.get(typeof org === 'object' ? org.id : org))
      for (const name of names) expect(printed).toContain(name)
      expect(doc.kind ?? null).toBeNull()
      expect(doc.importReport).toContain(`导入自过刊：2022年第6期（总第123期）PDF第${source.firstPage}–${source.lastPage}页`)
      expect(doc.importReport).not.toContain('文字识别')
    }
    // Four of the five print a signature the register knows.
    const documents = (await gazette.payload.find({ collection: 'documents', draft: true, pagination: false, depth: 0 })).docs
    expect(documents.filter((doc) => doc.issuers.length > 0)).toHaveLength(4)
    // The interpretation interprets the document of this issue its title names.
    const [interpretation] = (await gazette.payload.find({ collection: 'interpretations', draft: true, depth: 1 })).docs
    expect(interpretation?.documents.map((doc) => (typeof doc === 'object' ? doc.docNumber : doc))).toEqual(['运政办发〔2022〕18号'])
  })

  it('shows nothing to the public: the REST API and an anonymous find see no issue, document or PDF', async () => {
    for (const collection of ['documents', 'interpretations', 'gazette-issues'] as const) {
      const response = await gazette.rest(`/api/${collection}?draft=true&limit=100`)
      expect(response.status).toBe(200)
      expect(((await response.json()) as { totalDocs: number }).totalDocs).toBe(0)
      expect((await gazette.payload.find({ collection, overrideAccess: false, draft: true })).totalDocs).toBe(0)
    }
    expect((await gazette.rest('/api/issue-pdfs')).status).toBe(403)
    expect((await gazette.rest(`/api/gazette-issues/${first.issue.id}?draft=true`)).status).toBe(404)
  })

  it('passes the sync check the CMS runs on an uploaded print before publishing', async () => {
    const [{ assembleIssue }, { statedEntries }, { uploadedPrintCheck }] = await Promise.all([
      import('../../cms/issues/assembleIssue'),
      import('../../cms/issues/publishing/storedEntries'),
      import('../../cms/issues/uploadedPrintCheck'),
    ])
    const saved = await draftIssue()
    const req = await createLocalReq({}, gazette.payload)
    const assembled = await assembleIssue(req, saved, gazetteTimeZone(), { drafts: true })
    const stated = statedEntries(saved.sections ?? [], assembled)
    expect(stated).toHaveLength(expected.length)
    const check = await uploadedPrintCheck(req, saved.printPdf, stated)
    expect(check.problems).toEqual([])
    expect(check.pages).toBe(expected.at(-1)?.lastPage)
  })

  it('imported again, updates the same drafts and the same issue and adds nothing', async () => {
    const before = await counts()
    const again = await save(reading)
    expect(await counts()).toEqual(before)
    expect(again.issue).toMatchObject({ id: first.issue.id, created: false })
    expect(again.printPdf).toEqual({ id: first.printPdf?.id, stored: 'kept' })
    expect(again.entries.map((entry) => [entry.collection, entry.id, entry.status])).toEqual(
      first.entries.map((entry) => [entry.collection, entry.id, 'updated']),
    )
    expect(again.removed).toEqual([])
    expect(again.printChecks).toContain('与篇目核对一致')
  }, 120_000)

  it('leaves a published document as it is, and marks an entry read by OCR in its import report', async () => {
    const [published, , scanned] = first.entries
    if (!published || !scanned) throw new Error('too few entries')
    const org = (await gazette.payload.find({ collection: 'organizations', limit: 1 })).docs[0]!
    await gazette.payload.update({
      collection: 'documents',
      id: published.id,
      data: {
        title: '已发布的标题',
        kind: 'other',
        issuers: [org.id],
        writtenDate: '2018-01-01T04:00:00.000Z',
        disclosure: 'proactive',
        _status: 'published',
      },
    })
    // The same reading, with one entry as a scan of its pages would give it: recognised, two characters doubtful.
    const ocrReading: IssueFileReading = {
      ...reading,
      entries: reading.entries.map((entry, index) =>
        index === scanned.position - 1
          ? { ...entry, ocr: true, uncertain: [{ page: entry.firstPage, char: '锦', confidence: 41, context: '锦州市政务公开' }] }
          : entry,
      ),
    }
    const before = await counts()
    const again = await save(ocrReading)
    expect(await counts()).toEqual(before)
    expect(again.entries[0]).toMatchObject({ id: published.id, status: 'published', title: '已发布的标题' })
    expect((await gazette.payload.findByID({ collection: 'documents', id: published.id, draft: true })).title).toBe('已发布的标题')
    expect(again.entries[scanned.position - 1]).toMatchObject({ id: scanned.id, status: 'updated', ocr: true })
    const report = (await gazette.payload.findByID({ collection: 'documents', id: scanned.id, draft: true })).importReport
    expect(report).toContain('文字识别：本篇由扫描页面经文字识别（OCR）导入')
    expect(report).toContain('第' + scanned.firstPage + '页“锦”（锦州市政务公开）')
    // The published document stays in the issue, where it was printed.
    const entries = (await draftIssue()).sections?.flatMap((section) => section.entries ?? []) ?? []
    expect(entries[0]?.item.value).toMatchObject({ id: published.id })
  }, 120_000)

  it('refuses an issue number that clashes, in the issue rules’ words, with nothing written', async () => {
    const before = await counts()
    const { BackIssueRefusal } = await backIssues()
    // The cover says 总第123期, which 2022年第6期 already is; and 第8期 would leave 第7期 out.
    const refused = save(reading, { issueNumber: 8 })
    await expect(refused).rejects.toBeInstanceOf(BackIssueRefusal)
    await expect(refused).rejects.toThrow('总期号重复：总第123期已是2022年第6期。')
    await expect(refused).rejects.toThrow('期号不连续：2022年第7期尚未建立')
    expect(await counts()).toEqual(before)
    // Neither the cover nor the command line gives the issue number: refused before anything is read from the database.
    const unnumbered = { ...reading, masthead: { ...reading.masthead, year: null, issueNumber: null } }
    await expect(save(unnumbered)).rejects.toThrow('未能确定年份和期号')
    expect(await counts()).toEqual(before)
  }, 60_000)
})
