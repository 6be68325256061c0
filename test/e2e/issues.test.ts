/**
 * Gazette issues in a real browser, on the sample gazette built like `npm run build`:
 * an issue page lists its contents by section with print pages and the PDF; a
 * table-of-contents entry leads to the document, which says where it was printed; a
 * citation address (year, issue, page) leads to the same document; the archive, the
 * previous/next links and the Atom feed of issues agree with the snapshot.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { issueCitation } from '../../core/issues/issueLabel'
import { manifestSchema, type GazetteIssue, type Manifest } from '../../core/snapshot/schema'
import { launchBrowser } from './helpers/browser'

const siteUrl = inject('siteUrl')
let browser: Browser
let page: Page

function readManifest(): Manifest {
  const snapshotDir = inject('gazetteEnv').SNAPSHOT_DIR as string
  return manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(snapshotDir, 'manifest.json'), 'utf8')))
}

const manifest = readManifest()
const byTotal = [...manifest.issues].sort((a, b) => a.totalNumber - b.totalNumber)
const newest = byTotal.at(-1) as GazetteIssue
const firstEntry = newest?.sections[0]?.entries[0]
const issueAddress = (issue: GazetteIssue) => `/issues/${issue.year}/${issue.issueNumber}/`

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

describe('the sample issues', () => {
  it('are in the snapshot with their print PDFs', () => {
    expect(manifest.issues.length).toBeGreaterThanOrEqual(2)
    for (const issue of manifest.issues) expect(issue.pdf?.pages).toBeGreaterThan(2)
    expect(firstEntry?.kind).toBe('document')
  })
})

describe('an issue page', () => {
  it('lists the contents by section with the print pages, and the PDF with its size', async () => {
    await page.goto(`${siteUrl}${issueAddress(newest)}`)
    expect(await page.textContent('h1')).toContain(`${newest.year}年第${newest.issueNumber}期`)
    const sections = await page.$$eval('.issue-section h3', (headings) => headings.map((h) => h.textContent?.trim()))
    expect(sections).toEqual(newest.sections.map((section) => section.title))
    const rows = await page.$$eval('.issue-contents > li', (items) =>
      items.map((item) => ({
        title: item.querySelector('a')?.textContent?.trim(),
        pages: item.querySelector('.entry-pages')?.textContent?.trim(),
      })),
    )
    const expected = newest.sections.flatMap((section) => section.entries)
    expect(rows.map((row) => row.title)).toEqual(expected.map((entry) => entry.title))
    expect(rows.map((row) => row.pages)).toEqual(
      expected.map((entry) => (entry.firstPage === entry.lastPage ? `第${entry.firstPage}页` : `第${entry.firstPage}–${entry.lastPage}页`)),
    )
    const pdfLink = await page.getAttribute('.issue-pdf a', 'href')
    expect(pdfLink).toBe(newest.pdf?.url)
    expect(await page.textContent('.issue-pdf')).toContain(`${newest.pdf?.pages}页`)
    const pdf = await fetch(`${siteUrl}${pdfLink}`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
    expect((await pdf.arrayBuffer()).byteLength).toBe(newest.pdf?.bytes)
  })

  it('shows the cover as responsive AVIF and WebP made by the image pipeline', async () => {
    const covered = manifest.issues.find((issue) => issue.cover)
    expect(covered).toBeDefined()
    await page.goto(`${siteUrl}${issueAddress(covered as GazetteIssue)}`)
    for (const type of ['image/avif', 'image/webp']) {
      const srcset = (await page.getAttribute(`.issue-head picture source[type="${type}"]`, 'srcset')) ?? ''
      const urls = srcset.split(',').map((candidate) => candidate.trim().split(' ')[0] ?? '')
      expect(urls.length).toBeGreaterThanOrEqual(2)
      for (const url of urls) {
        const response = await fetch(`${siteUrl}${url}`)
        expect(response.status, url).toBe(200)
        expect(response.headers.get('content-type')).toBe(type)
      }
    }
    expect(await page.getAttribute('.issue-head picture img', 'alt')).toContain('封面')
  })

  it('leads from a contents entry to the document, which says where it was printed', async () => {
    await page.goto(`${siteUrl}${issueAddress(newest)}`)
    await Promise.all([
      page.waitForURL(`**/documents/${firstEntry?.id}/`),
      page.click(`.issue-contents a[href="/documents/${firstEntry?.id}/"]`),
    ])
    expect(await page.textContent('h1')).toBe(firstEntry?.title)
    const printedIn = await page.textContent('.printed-in')
    expect(printedIn).toContain(issueCitation(manifest.gazette.name, newest, firstEntry?.firstPage ?? 0, firstEntry?.lastPage ?? 0))
    expect(await page.getAttribute('.printed-in a', 'href')).toBe(issueAddress(newest))
  })

  it('links the previous and next issues', async () => {
    const [older, newer] = byTotal.slice(-2) as [GazetteIssue, GazetteIssue]
    await page.goto(`${siteUrl}${issueAddress(newer)}`)
    expect(await page.getAttribute('a[rel="prev"]', 'href')).toBe(issueAddress(older))
    await page.goto(`${siteUrl}${issueAddress(older)}`)
    expect(await page.getAttribute('a[rel="next"]', 'href')).toBe(issueAddress(newer))
  })
})

describe('citation addresses', () => {
  it('lead from year, issue and page to the document printed there', async () => {
    const entry = firstEntry as NonNullable<typeof firstEntry>
    const middle = Math.floor((entry.firstPage + entry.lastPage) / 2)
    await page.goto(`${siteUrl}${issueAddress(newest)}${middle}/`)
    await page.waitForURL(`**/documents/${entry.id}/`, { timeout: 10_000 })
    expect(await page.textContent('h1')).toBe(entry.title)
  })

  it('say when a page holds no document (cover, contents)', async () => {
    await page.goto(`${siteUrl}${issueAddress(newest)}1/`)
    expect(await page.textContent('main')).toContain('封面或目录')
  })

  it('exist for every page of the PDF and no further', async () => {
    const pages = newest.pdf?.pages ?? 0
    expect((await fetch(`${siteUrl}${issueAddress(newest)}${pages}/`)).status).toBe(200)
    expect((await fetch(`${siteUrl}${issueAddress(newest)}${pages + 1}/`)).status).toBe(404)
  })
})

describe('the archive and the feed', () => {
  it('lists every issue by year', async () => {
    await page.goto(`${siteUrl}/issues/`)
    const links = await page.$$eval('.issue-list a.title', (anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    expect(new Set(links)).toEqual(new Set(manifest.issues.map(issueAddress)))
    const years = await page.$$eval('main h2', (headings) => headings.map((h) => h.textContent?.trim()))
    expect(years).toEqual([...new Set(manifest.issues.map((issue) => issue.year))].sort((a, b) => b - a).map((year) => `${year}年`))
  })

  it('publishes an Atom feed of issues with each PDF as an enclosure', async () => {
    const response = await fetch(`${siteUrl}/feeds/issues.xml`)
    expect(response.status).toBe(200)
    const xml = await response.text()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    for (const issue of manifest.issues) {
      expect(xml).toContain(`${issue.year}年第${issue.issueNumber}期（总第${issue.totalNumber}期）`)
      expect(xml).toContain(`href="${issue.pdf?.url}"`)
    }
  })
})
