/**
 * Back issues round trip: an issue of the sample content printed by gongbao's own print
 * engine (Chromium), then read back by the back-issue importer's reader — from the PDF's
 * text layer, where every entry must come back exactly (title, 发文字号, 成文日期, section,
 * pages, body: character error rate 0), and from simulated scans of a smaller issue
 * (pdftoppm at 300 dpi, turned, noisy, JPEG), read by tesseract, where the figures
 * are printed and only what any working OCR meets is asserted.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readIssueFile, type IssueFileReading } from '../../cms/backIssues/readIssueFile'
import { checkPrintSync } from '../../cms/print/checkPrintSync'
import { launchChromium } from '../../cms/print/chromium'
import { printIssue } from '../../cms/print/printIssue'
import { characterErrors, errorRate } from '../../core/backIssues'
import { foldPrintEngineMisreads } from '../../scripts/bench/backIssues/printEngineMisreads'
import { bodyText, scoreReading } from '../../scripts/bench/backIssues/readingScore'
import { expectedEntries, sampleBackIssue } from '../../scripts/bench/backIssues/sampleIssue'
import { simulateScan } from '../../scripts/bench/backIssues/simulatedScan'

let browser: Browser
let dir: string

beforeAll(async () => {
  browser = await launchChromium()
  dir = await mkdtemp(path.join(tmpdir(), 'gongbao-backissues-'))
})

afterAll(async () => {
  await browser?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('a printed issue read back from its PDF text layer', () => {
  const issue = sampleBackIssue()
  let expected: ReturnType<typeof expectedEntries>
  let reading: IssueFileReading
  let pdf: string

  beforeAll(async () => {
    const printed = await printIssue(issue, { browser })
    pdf = path.join(dir, 'issue.pdf')
    await writeFile(pdf, printed.pdf)
    expected = expectedEntries(issue, printed)
    reading = await readIssueFile(pdf)
  }, 180_000)

  it('reads the cover and the contents, and reports nothing to check', () => {
    expect(reading.source).toMatchObject({ kind: 'text-pdf', recognised: 0 })
    expect(reading.masthead).toEqual({
      gazetteName: issue.gazetteName,
      year: issue.year,
      issueNumber: issue.issueNumber,
      totalNumber: issue.totalNumber,
      publicationDate: issue.publicationDate,
    })
    expect(reading.contents?.pages).toEqual([2])
    expect(reading.problems).toEqual([])
  })

  it('finds every entry with its section, kind, title, 发文字号, 成文日期 and pages', () => {
    expect(
      reading.entries.map((entry) => ({
        section: entry.section,
        kind: entry.kind,
        title: entry.title,
        docNumber: entry.docNumber,
        writtenDate: entry.document.writtenDate?.value ?? null,
        firstPage: entry.firstPage,
        lastPage: entry.lastPage,
      })),
    ).toEqual(
      expected.map((entry) => ({
        section: entry.section,
        kind: entry.kind,
        title: entry.title,
        docNumber: entry.docNumber,
        writtenDate: entry.writtenDate,
        firstPage: entry.firstPage,
        lastPage: entry.lastPage,
      })),
    )
    expect(reading.entries.every((entry) => !entry.ocr && entry.uncertain.length === 0)).toBe(true)
  })

  it('gives every body back character for character (character error rate 0)', () => {
    const counts = expected.map((entry, index) => {
      const read = reading.entries[index]
      // The print engine writes 户 into its text layer as 戶 (printEngineMisreads.ts): not the reader's error.
      return characterErrors(bodyText(entry.body), foldPrintEngineMisreads(read ? bodyText(read.document.body) : ''))
    })
    console.log(
      `text PDF: ${reading.source.pages} pages, body CER ${errorRate(counts)}, ${counts.reduce((sum, c) => sum + c.length, 0)} characters`,
    )
    expect(counts.map((count) => count.errors)).toEqual(expected.map(() => 0))
  })

  it('states pages that pass the print sync check against the same PDF', async () => {
    const stated = reading.entries.map((entry, index) => ({
      id: String(index),
      title: entry.title ?? '',
      firstPage: entry.firstPage,
      lastPage: entry.lastPage,
    }))
    expect(await checkPrintSync(pdf, stated)).toMatchObject({ ok: true, problems: [] })
  })
})

describe('a printed issue read back from simulated scans', () => {
  // Two documents and the interpretation (about twenty pages), to keep OCR time in bounds;
  // `npm run bench -- backissues` reads the whole sample issue.
  const issue = sampleBackIssue({ documents: 2 })
  let expected: ReturnType<typeof expectedEntries>
  let pdf: string

  beforeAll(async () => {
    const printed = await printIssue(issue, { browser })
    pdf = path.join(dir, 'small.pdf')
    await writeFile(pdf, printed.pdf)
    expected = expectedEntries(issue, printed)
  }, 180_000)

  // 300 dpi, brought down to 200 before recognition; a 200 dpi scan is read whole, as a
  // scanned PDF, in the admin's browser test (test/e2e/adminBackIssue.test.ts).
  it('at 300 dpi, turned, noisy and JPEG-compressed: prints the figures, recognises the titles', async () => {
    const dpi = 300
    const folder = path.join(dir, `scan-${dpi}`)
    const pages = await simulateScan(pdf, folder, { dpi })
    const started = performance.now()
    const reading = await readIssueFile(folder)
    const minutes = (performance.now() - started) / 60_000
    const score = scoreReading(expected, reading)
    console.log(
      [
        `scan ${dpi} dpi: ${pages.length} pages, ${(pages.length / minutes).toFixed(1)} pages/min`,
        `title CER ${(score.titleCer * 100).toFixed(2)}%, body CER ${(score.bodyCer * 100).toFixed(2)}%`,
        `entries exact (title, number, pages) ${(score.exactShare * 100).toFixed(0)}%, titles recognised ${(score.titlesRecognised * 100).toFixed(0)}%`,
        ...score.entries.map(
          (entry) =>
            `  ${entry.exact ? '✓' : '✗'} ${entry.read?.title ?? '（未找到）'} ${entry.read?.docNumber ?? ''} 第${entry.read?.firstPage ?? '?'}–${entry.read?.lastPage ?? '?'}页, ${entry.read?.uncertain.length ?? 0} uncertain`,
        ),
        ...reading.problems.map((problem) => `  ${problem.message}`),
      ].join('\n'),
    )
    expect(reading.source).toMatchObject({ kind: 'images', recognised: pages.length })
    // Every scanned page was turned; each turn was measured and taken out.
    expect(Object.values(reading.source.skews).filter((skew) => Math.abs(skew) >= 0.3).length).toBeGreaterThan(pages.length / 2)
    expect(reading.entries.length).toBeGreaterThan(0)
    expect(reading.entries.every((entry) => entry.ocr)).toBe(true)
    expect(reading.entries.some((entry) => entry.uncertain.length > 0)).toBe(true)
    expect(score.titlesRecognised).toBeGreaterThanOrEqual(2 / 3)
    expect(score.bodyCer).toBeLessThan(0.25)
  }, 900_000)
})
