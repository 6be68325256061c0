/**
 * The print engine end to end: a real issue from the five sample documents, printed
 * by Chromium, read back from the PDF. The page ranges the engine reports must be
 * where the titles really are, the contents must print those pages, and the sync
 * check must catch a wrong range.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkPrintSync } from '../../cms/print/checkPrintSync'
import { contentsPages } from '../../cms/print/contentsPages'
import type { PrintEntry, PrintIssueInput } from '../../cms/print/issueSchema'
import { normalizeForMatch, pagesContaining } from '../../cms/print/matchText'
import { readPdf } from '../../cms/print/pdfReader'
import { launchChromium } from '../../cms/print/chromium'
import { printIssue, type PrintResult } from '../../cms/print/printIssue'
import { readContentsPages } from '../../cms/print/readContentsPages'
import { contentsLabel } from '../../cms/print/tableOfContents'
import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { readSampleDocuments, readSampleOrganizations } from '../../scripts/lib/samples'

const samples = readSampleDocuments()
const organizations = new Map(readSampleOrganizations().map((org) => [org.key, org.name]))

function sampleEntry(index: number, suffix = ''): PrintEntry {
  const sample = samples[index % samples.length]
  if (!sample) throw new Error('no samples')
  return {
    id: `${sample.slug}${suffix ? `-${index}` : ''}`,
    title: `${sample.title}${suffix}`,
    docNumber: sample.docNumberRaw,
    issuers: sample.issuers.map((key) => organizations.get(key) ?? key),
    writtenDate: sample.writtenDate,
    body: blocksFromLexical(markdownToLexical(sample.body)),
    kind: 'document',
  }
}

const issue: PrintIssueInput = {
  gazetteName: '运城市人民政府公报',
  year: 2022,
  issueNumber: 6,
  totalNumber: 123,
  publicationDate: '2022-07-15',
  sections: [
    { title: '市政府文件', entries: [4, 0, 1].map((index) => sampleEntry(index)) },
    { title: '部门文件', entries: [2, 3].map((index) => sampleEntry(index)) },
  ],
}
const entries = issue.sections.flatMap((section) => section.entries)

let browser: Browser
let dir: string
let printed: PrintResult
let pdfPath: string
let pageTexts: string[]

beforeAll(async () => {
  browser = await launchChromium()
  dir = await mkdtemp(path.join(tmpdir(), 'gongbao-print-'))
  printed = await printIssue(issue, { browser })
  pdfPath = path.join(dir, 'issue.pdf')
  await writeFile(pdfPath, printed.pdf)
  pageTexts = (await readPdf(pdfPath)).pageTexts
})

afterAll(async () => {
  await browser?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('printing an issue of the five sample documents', () => {
  it('reports every entry in print order, back to back from page 3 to the last page', () => {
    expect(printed.pages).toBe(pageTexts.length)
    expect(printed.entries.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id))
    expect(printed.entries[0]?.firstPage).toBe(3)
    expect(printed.entries.at(-1)?.lastPage).toBe(printed.pages)
    printed.entries.forEach((entry, index) => {
      expect(entry.lastPage).toBeGreaterThanOrEqual(entry.firstPage)
      const next = printed.entries[index + 1]
      if (next) expect(next.firstPage).toBe(entry.lastPage + 1)
    })
    expect(printed.passes).toBeLessThanOrEqual(3)
  })

  it('stores for each entry the pages where its title is actually printed', () => {
    const normalized = pageTexts.map(normalizeForMatch)
    const contents = contentsPages(
      normalized,
      entries.map((entry) => entry.title),
    )
    expect([...contents]).toEqual([2])
    printed.entries.forEach((range, index) => {
      const title = entries[index]?.title ?? ''
      const inBody = pagesContaining(normalized, title).filter((page) => !contents.has(page))
      // The title stands on the first page and on no other page of the range.
      expect(inBody, title).toContain(range.firstPage)
      expect(
        inBody.filter((page) => page > range.firstPage && page <= range.lastPage),
        title,
      ).toEqual([])
    })
  })

  it('prints those pages in the table of contents', () => {
    const first = printed.entries[0]?.firstPage ?? 0
    const contentsText = pageTexts.slice(1, first - 1).join('\n')
    expect(readContentsPages(contentsText, entries.map(contentsLabel))).toEqual(printed.entries.map((entry) => entry.firstPage))
  })

  it('numbers every page after the cover with its real page number, under the running head', () => {
    pageTexts.forEach((text, index) => {
      const normalized = normalizeForMatch(text)
      if (index === 0) {
        expect(normalized).toContain('运城市人民政府公报')
        expect(normalized).toContain(normalizeForMatch('第6期（总第123期）'))
        expect(normalized).toContain('2022年7月15日')
        return
      }
      expect(normalized, `page ${index + 1}`).toContain(`-${index + 1}-`)
      expect(normalized, `page ${index + 1}`).toContain('运城市人民政府公报2022年第6期')
    })
  })

  it('reads back as the characters printed, with bookmarks for sections and documents', async () => {
    const all = pageTexts.join('\n')
    // Chromium maps Noto CJK glyphs to radical look-alikes (⼈⺠); the engine repairs that.
    expect(all).not.toMatch(/[\u2e80-\u2fdf]/u)
    expect(all.replace(/\s+/g, '')).toContain('运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知')
    const task = getDocument({ data: new Uint8Array(printed.pdf), verbosity: 0 })
    const outline = (await (await task.promise).getOutline()) ?? []
    const titles = (items: typeof outline): string[] => items.flatMap((item) => [item.title, ...titles(item.items)])
    const bookmarks = titles(outline)
    await task.destroy()
    expect(bookmarks).toContain('市政府文件')
    for (const entry of entries) expect(bookmarks).toContain(entry.title)
  })

  it('passes the sync check with its real ranges and fails it with a planted mismatch', async () => {
    const stated = printed.entries.map((range, index) => ({ ...range, title: entries[index]?.title ?? '' }))
    expect(await checkPrintSync(pdfPath, stated)).toEqual({ ok: true, pages: printed.pages, problems: [] })

    const shifted = stated.map((entry, index) => (index === 1 ? { ...entry, firstPage: entry.firstPage + 2 } : entry))
    const planted = shifted[1]
    const real = stated[1]
    if (!planted || !real) throw new Error('expected at least two entries')
    const report = await checkPrintSync(pdfPath, [
      ...shifted,
      { id: 'absent', title: '关于并未印刷的文件的通知', firstPage: 3, lastPage: 3 },
    ])
    expect(report.ok).toBe(false)
    expect(report.problems.map((problem) => [problem.kind, problem.entry.id])).toEqual([
      ['moved', planted.id],
      ['missing', 'absent'],
    ])
    expect(report.problems[0]?.message).toContain(`《${planted.title}》标注在第${planted.firstPage}—${planted.lastPage}页`)
    expect(report.problems[0]?.message).toContain(`标题实际出现在第${real.firstPage}页`)
    expect(report.problems[1]?.message).toContain('在PDF中找不到')
  })

  it('says in Chinese when an upload is not a PDF', async () => {
    await expect(checkPrintSync(Buffer.from('这不是PDF'), [])).rejects.toThrow(/^无法读取该PDF文件/)
  })
})

describe('other page sizes and a cover image', () => {
  it('prints on A5 with the image on the cover and still reads its pages back', async () => {
    const cover = path.join(dir, 'cover.png')
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c00000' } })
      .png()
      .toFile(cover)
    const small = await printIssue(
      { ...issue, pageSize: 'A5', coverImage: cover, sections: [{ title: '市政府文件', entries: [sampleEntry(3)] }] },
      { browser },
    )
    const content = await readPdf(small.pdf)
    expect(small.entries).toEqual([{ id: samples[3]?.slug, firstPage: 3, lastPage: small.pages }])
    expect(content.pageTexts.length).toBe(small.pages)
    const raw = small.pdf.toString('latin1')
    // A5 is 148 × 210 mm, 419.5 × 595.3 pt; the cover image is embedded, not linked.
    const boxes = [...raw.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((box) => [
      Math.round(Number(box[1])),
      Math.round(Number(box[2])),
    ])
    expect(boxes).toHaveLength(small.pages)
    for (const box of boxes) expect(box).toEqual([420, 595])
    expect(raw).toContain('/Subtype /Image')
  })
})

describe('a 60-page issue', () => {
  it('prints in a time worth knowing', async () => {
    const long = {
      ...issue,
      sections: [{ title: '市政府文件', entries: [0, 1, 2, 3, 4, 5, 6].map((index) => sampleEntry(index, index >= 5 ? '（续）' : '')) }],
    }
    const started = performance.now()
    const result = await printIssue(long, { browser })
    const seconds = (performance.now() - started) / 1000
    console.log(
      `print: ${result.pages}-page issue of ${result.entries.length} documents in ${seconds.toFixed(1)} s (${result.passes} passes, browser already running)`,
    )
    expect(result.pages).toBeGreaterThanOrEqual(58)
  })
})
