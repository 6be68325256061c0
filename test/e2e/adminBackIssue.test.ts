/**
 * 从印刷版导入 in the production admin (issue 23): a 60-page back issue, printed by gongbao's
 * own print engine (committed: test/fixtures/backIssues/sixty-page-issue.pdf), uploaded on a
 * new 公报期刊 — once as a text PDF, once as a scan (simulated at 200 dpi, read by OCR in a
 * job; test/int/backIssues.test.ts reads 300 dpi scans too) — becomes a draft issue with its entries as
 * drafts and its PDF as the uploaded print, with the summary shown in Chinese; refusals
 * (not a PDF, an issue-number clash, a role that may not create issues) are shown where
 * the editor looks and write nothing. An OCR'd document shows its pages beside the text
 * with the uncertain characters boxed, from an endpoint anonymous readers cannot use.
 * Screenshots: .tmp/admin-back-issue-{text,scan,proofreading}.png.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminServer, startAdmin } from './helpers/adminServer'
import { signInToAdmin } from './helpers/adminSignIn'
import { scannedCopy, sixtyPageIssue } from './helpers/backIssuePdfs'
import { launchBrowser } from './helpers/browser'
import { apiFromPage } from './helpers/pageApi'

const gazetteEnv = inject('gazetteEnv')
const shots = path.resolve(import.meta.dirname, '..', '..', '.tmp')
const work = path.join(shots, `back-issue-${process.pid}`)
let admin: AdminServer
let browser: Browser
let page: Page
let printed: Awaited<ReturnType<typeof sixtyPageIssue>>

type Issue = {
  id: number
  _status: string
  printSource: string
  printPdf: number | null
  printChecks: string | null
  sections: Array<{ entries: Array<{ item: { relationTo: string; value: number }; firstPage: number; lastPage: number }> }>
}

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true })
  printed = await sixtyPageIssue()
  // Issue 23 asks for a 60-page issue.
  expect(printed.pages).toBe(60)
  admin = await startAdmin(gazetteEnv)
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  // The new issue's form holds the numbers typed into it: leaving it for the imported issue asks first.
  page.on('dialog', (dialog) => void dialog.accept())
  await signInToAdmin(page, admin.url, gazetteEnv.ADMIN_EMAIL as string, gazetteEnv.ADMIN_PASSWORD as string)
}, 1_200_000)

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

const issueCount = async () => (await apiFromPage<{ totalDocs: number }>(page, 'GET', '/api/gazette-issues?limit=0&draft=true')).totalDocs

async function findIssue(year: number, issueNumber: number): Promise<Issue | undefined> {
  const where = `where[year][equals]=${year}&where[issueNumber][equals]=${issueNumber}`
  return (await apiFromPage<{ docs: Issue[] }>(page, 'GET', `/api/gazette-issues?${where}&draft=true&depth=0`)).docs[0]
}

/** On a new 公报期刊: types the numbers (or not), chooses the file and starts the import. */
async function uploadOnNewIssue(file: string | { name: string; mimeType: string; buffer: Buffer }, numbers?: [number, number, number]) {
  await page.goto(`${admin.url}/admin/collections/gazette-issues/create`)
  const box = page.getByRole('group', { name: '从印刷版导入' })
  await box.waitFor({ timeout: 60_000 })
  if (numbers) {
    await page.fill('#field-year', String(numbers[0]))
    await page.fill('#field-issueNumber', String(numbers[1]))
    await page.fill('#field-totalNumber', String(numbers[2]))
  }
  await box.locator('input[type="file"]').setInputFiles(file)
  await box.getByRole('button', { name: '导入本期' }).click()
  return box
}

/** The import's outcome as the box shows it: the summary, or the refusal. */
async function outcome(box: ReturnType<Page['getByRole']>, timeout: number): Promise<string> {
  const shown = box.locator('.back-issue-import-done, .back-issue-import-error')
  await shown.first().waitFor({ timeout })
  return (await shown.first().textContent()) ?? ''
}

/** Every entry of the issue is a draft, placed on pages within the PDF, and the issue holds the PDF as its uploaded print. */
async function expectDraftIssue(issue: Issue | undefined, entries: number): Promise<void> {
  expect(issue).toMatchObject({ _status: 'draft', printSource: 'uploaded' })
  expect(issue?.printPdf).toBeTruthy()
  const placed = issue?.sections.flatMap((section) => section.entries) ?? []
  expect(placed).toHaveLength(entries)
  for (const entry of placed) {
    const item = await apiFromPage<{ _status: string }>(page, 'GET', `/api/${entry.item.relationTo}/${entry.item.value}?draft=true&depth=0`)
    expect(item._status === 'draft' || item._status === 'published').toBe(true)
    expect(entry.lastPage).toBeLessThanOrEqual(printed.pages)
  }
}

describe('a printed back issue imported in the admin', () => {
  it('refuses a file that is not a PDF and an issue number that clashes, in Chinese, writing nothing', async () => {
    const before = await issueCount()
    let box = await uploadOnNewIssue({ name: '目录.pdf', mimeType: 'application/pdf', buffer: Buffer.from('这不是PDF') })
    expect(await outcome(box, 30_000)).toContain('不是PDF文件')
    // The cover says 2022年第6期（总第123期）: after 2022年第1期（总第201期） that leaves gaps and breaks the order.
    box = await uploadOnNewIssue(printed.pdf)
    const refusal = await outcome(box, 300_000)
    expect(refusal).toContain('未导入：2022年第6期不能建立')
    expect(refusal).toContain('未写入数据库')
    expect(await issueCount()).toBe(before)
    // Only those who may create issues may import: a reviewer is refused.
    await apiFromPage(page, 'POST', '/api/users', {
      name: '审核员（过刊）',
      email: 'reviewer-backissue@e2e.gongbao.local',
      password: 'e2e-staff-password',
      roles: ['reviewer'],
    })
    const reviewer = await browser.newPage()
    await signInToAdmin(reviewer, admin.url, 'reviewer-backissue@e2e.gongbao.local', 'e2e-staff-password')
    const status = await reviewer.evaluate(async () => {
      const form = new FormData()
      form.append('file', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'issue.pdf')
      return (await fetch('/api/gazette-issues/import-back-issue', { method: 'POST', body: form, credentials: 'include' })).status
    })
    expect(status).toBe(403)
    await reviewer.close()
  }, 420_000)

  it('reads a 60-page text PDF into a draft issue whose entries pass the sync check', async () => {
    const box = await uploadOnNewIssue(printed.pdf, [2021, 7, 199])
    const summary = await outcome(box, 300_000)
    await page.screenshot({ path: path.join(shots, 'admin-back-issue-text.png'), fullPage: true })
    expect(summary).toContain('2021年第7期（总第199期）：已新建草稿期刊')
    expect(summary).toContain(`共${printed.pages}页，从PDF文字层读取；读出${printed.entries}篇`)
    expect(summary).toContain(`印刷版PDF（共${printed.pages}页）与篇目核对一致`)
    const issue = await findIssue(2021, 7)
    await expectDraftIssue(issue, printed.entries)
    // The issue holds the same check, as every save of the issue runs it.
    expect(issue?.printChecks).toContain(`印刷版PDF（共${printed.pages}页）与篇目核对一致`)
  }, 600_000)

  it('reads the same issue scanned at 200 dpi by OCR in a job, and shows an OCR’d entry’s pages for proofreading', async () => {
    const scan = await scannedCopy(printed.pdf, work, 200)
    const box = await uploadOnNewIssue(scan, [2021, 6, 198])
    // The request only queued the job: the box follows it page by page.
    await box.locator('.back-issue-import-progress[data-stage="reading"]').waitFor({ timeout: 120_000 })
    // About a minute and a half on a quiet 2-core machine (docs/benchmarks.md: this scan read in 92 s); far more beside other suites.
    const summary = await outcome(box, 2_700_000)
    await page.screenshot({ path: path.join(shots, 'admin-back-issue-scan.png'), fullPage: true })
    expect(summary).toContain('2021年第6期（总第198期）：已新建草稿期刊')
    expect(summary).toContain(`共${printed.pages}页，其中${printed.pages}页经文字识别（OCR）`)
    expect(summary).toContain('文字识别，请校对')
    const issue = await findIssue(2021, 6)
    await expectDraftIssue(issue, printed.entries)
    // The scan has no text layer: its pages are checked against the text OCR read at import.
    expect(issue?.printChecks).toContain(
      `印刷版PDF（共${printed.pages}页）与篇目核对一致（其中${printed.pages}页为扫描页，按导入时的文字识别结果核对）`,
    )

    // An OCR'd document with a character boxed on its pages.
    const documents = issue?.sections.flatMap((section) => section.entries).filter((entry) => entry.item.relationTo === 'documents') ?? []
    let proofed: { id: number; page: number } | null = null
    for (const entry of documents) {
      const doc = await apiFromPage<{ ocrProofing?: { spots: Array<{ page: number; box: unknown }> } }>(
        page,
        'GET',
        `/api/documents/${entry.item.value}?draft=true&depth=0`,
      )
      const spot = doc.ocrProofing?.spots.find((candidate) => candidate.box)
      if (spot) {
        proofed = { id: entry.item.value, page: spot.page }
        break
      }
    }
    if (!proofed) throw new Error('no OCR’d document has a boxed uncertain character')
    await page.goto(`${admin.url}/admin/collections/documents/${proofed.id}`)
    const view = page.getByRole('group', { name: '文字识别校对' })
    await view.waitFor({ timeout: 60_000 })
    const pageImage = view.locator(`section[data-proof-page="${proofed.page}"] img`)
    await pageImage.scrollIntoViewIfNeeded()
    await expect
      .poll(() => pageImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 60_000 })
      .toBeGreaterThan(500)
    expect(await view.locator(`section[data-proof-page="${proofed.page}"] .ocr-spot`).count()).toBeGreaterThan(0)
    expect(await view.locator('mark.ocr-char').count()).toBeGreaterThan(0)
    await view
      .locator(`section[data-proof-page="${proofed.page}"]`)
      .screenshot({ path: path.join(shots, 'admin-back-issue-proofreading.png') })

    // The page image is a draft's: never to an anonymous reader, never cached, only the entry's pages.
    const imageUrl = `${admin.url}/api/documents/${proofed.id}/proof-page/${proofed.page}`
    const anonymous = await fetch(imageUrl)
    expect(anonymous.status).toBe(403)
    const signedIn = await page.evaluate(async (url) => {
      const response = await fetch(url, { credentials: 'include' })
      return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control') }
    }, imageUrl)
    expect(signedIn).toEqual({ status: 200, type: 'image/png', cache: 'private, no-store' })
    const outside = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).status,
      `${admin.url}/api/documents/${proofed.id}/proof-page/${printed.pages + 1}`,
    )
    expect(outside).toBe(404)
  }, 3_300_000)
})
