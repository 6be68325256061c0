/**
 * The import box of the documents list in the production admin: below the list's title
 * and filters, above the table; a .zip and a file chosen, and another file dropped, are
 * imported with a per-file report (links to the new drafts, reasons for the rest) and
 * the list shows the new drafts without a reload. Screenshots go to .tmp/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminServer, startAdmin } from './helpers/adminServer'
import { signInToAdmin } from './helpers/adminSignIn'
import { launchBrowser } from './helpers/browser'

const gazetteEnv = inject('gazetteEnv')
const shots = path.resolve('.tmp')
const work = path.resolve('.tmp', `import-box-${process.pid}`)
const govcnTitle = '国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见'
let admin: AdminServer
let browser: Browser
let page: Page

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true })
  admin = await startAdmin(gazetteEnv)
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  // The drafts made here leave the shared gazette as they found it for the other test files.
  if (page) {
    await page.evaluate(async (base) => {
      const found = (await (
        await fetch(`${base}/api/documents?where[importKey][exists]=true&draft=true&depth=0&limit=100`, { credentials: 'include' })
      ).json()) as {
        docs: Array<{ id: number }>
      }
      for (const doc of found.docs) await fetch(`${base}/api/documents/${doc.id}`, { method: 'DELETE', credentials: 'include' })
    }, admin.url)
  }
  await browser?.close()
  await admin?.stop()
  fs.rmSync(work, { recursive: true, force: true })
})

const box = () => page.locator('section[aria-labelledby="import-upload-title"]')

describe('the import box', () => {
  it('sits below the list’s title and filters, above the table, with its label and types', async () => {
    await signInToAdmin(page, admin.url, gazetteEnv.ADMIN_EMAIL as string, gazetteEnv.ADMIN_PASSWORD as string)
    await page.goto(`${admin.url}/admin/collections/documents`)
    await box().waitFor({ timeout: 30_000 })
    const text = await box().innerText()
    expect(text).toContain('导入已有文件')
    expect(text).toContain('可导入 .txt、.html、.htm、.docx')
    expect(text).toContain('每次最多 200 个文件，单个文件不超过 10 MB')
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())?.y ?? Number.NaN
    const bottom = async (selector: string) => {
      const rect = await page.locator(selector).first().boundingBox()
      return rect ? rect.y + rect.height : Number.NaN
    }
    expect(await bottom('.collection-list h1')).toBeLessThan(await top('section[aria-labelledby="import-upload-title"]'))
    expect(await bottom('.list-controls')).toBeLessThanOrEqual(await top('section[aria-labelledby="import-upload-title"]'))
    expect(await bottom('section[aria-labelledby="import-upload-title"]')).toBeLessThanOrEqual(await top('.collection-list__tables'))
    expect(await box().getByRole('button', { name: '选择文件' }).isVisible()).toBe(true)
    await page.screenshot({ path: path.join(shots, 'import-box-list.png') })
  })

  it('imports a chosen .zip and file, reports each file and refreshes the list', async () => {
    const archive = path.join(work, '公文.zip')
    fs.writeFileSync(
      archive,
      zipSync({
        '国务院/5365945.html': fs.readFileSync(path.resolve('test/fixtures/import/govcn/5365945.html')),
        '扫描件.pdf': strToU8('%PDF-1.4'),
        '../evil.txt': strToU8('x'),
        '__MACOSX/国务院/._5365945.html': strToU8('junk'),
      }),
    )
    const empty = path.join(work, '空.txt')
    fs.writeFileSync(empty, '')
    await box().locator('input[type="file"]').setInputFiles([archive, empty])
    const report = page.locator('[aria-labelledby="import-report-title"]')
    await report.getByRole('button', { name: '关闭报告' }).waitFor({ timeout: 60_000 })
    expect(await report.innerText()).toContain('已导入 1 个，未导入 3 个')
    const rows = report.locator('tbody tr')
    expect(await rows.allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^公文\\.zip/国务院/5365945\\.html\\s+已导入\\s+${govcnTitle}\\s+国发〔2019〕5号`)),
      expect.stringMatching(/^公文\.zip\/扫描件\.pdf\s+未导入\s+不支持的文件类型“\.pdf”/),
      expect.stringMatching(/^公文\.zip\/\.\.\/evil\.txt\s+未导入\s+压缩包中的这个路径指向压缩包以外的位置/),
      expect.stringMatching(/^空\.txt\s+未导入\s+文件为空/),
    ])
    // The list refreshes by itself: the new draft is in the table without a reload.
    await page.locator('.collection-list__tables').getByText(govcnTitle).first().waitFor({ timeout: 30_000 })
    await rows.first().locator('details summary').click()
    await page.screenshot({ path: path.join(shots, 'import-box-report.png'), fullPage: true })
    // The report's link opens the draft, with no 发布日期.
    await report.getByRole('link', { name: govcnTitle }).click()
    await page.waitForSelector('input[name="title"]', { timeout: 30_000 })
    expect(await page.inputValue('input[name="title"]')).toBe(govcnTitle)
    expect(await page.inputValue('#field-publishedDate input')).toBe('')
  }, 120_000)

  it('imports a file dropped on it', async () => {
    // Other browser tests share this database: search for the title so that both rows
    // are on the first page whatever else the list holds.
    await page.goto(`${admin.url}/admin/collections/documents?search=${encodeURIComponent('集贤县人民政府办公室关于印发')}`)
    await box().waitFor({ timeout: 30_000 })
    const seed = fs.readFileSync(path.resolve('test/fixtures/seeds/002_ed5a1bce21225049.txt'), 'utf8')
    const zone = 'section[aria-labelledby="import-upload-title"] .dropzone'
    // Once the page is live, dragging over the zone marks it (Payload's drop zone listens only after hydration).
    await expect
      .poll(
        () =>
          page.evaluate((selector) => {
            document
              .querySelector(selector)
              ?.dispatchEvent(new DragEvent('dragenter', { dataTransfer: new DataTransfer(), bubbles: true, cancelable: true }))
            return document.querySelector(selector)?.classList.contains('dragging') ?? false
          }, zone),
        { timeout: 30_000 },
      )
      .toBe(true)
    await page.screenshot({ path: path.join(shots, 'import-box-dragging.png') })
    const sameTitleBefore = await page.locator('.collection-list__tables').getByText('集贤县人民政府办公室关于印发').count()
    // The drop, with the files a browser gives it.
    await page.evaluate(
      ([selector, text]) => {
        const transfer = new DataTransfer()
        transfer.items.add(new File([text as string], '集贤县.txt', { type: 'text/plain' }))
        document
          .querySelector(selector as string)
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
      },
      [zone, seed],
    )
    const report = page.locator('[aria-labelledby="import-report-title"]')
    await report.getByRole('button', { name: '关闭报告' }).waitFor({ timeout: 60_000 })
    expect(await report.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^集贤县\.txt\s+已导入\s+集贤县人民政府办公室关于印发/),
    ])
    // One more document of that title once the list has refreshed (the shared admin may hold other imports of it).
    await expect
      .poll(() => page.locator('.collection-list__tables').getByText('集贤县人民政府办公室关于印发').count(), { timeout: 30_000 })
      .toBe(sameTitleBefore + 1)
    await page.screenshot({ path: path.join(shots, 'import-box-drop.png') })
  }, 120_000)

  it('shows its progress while a larger archive is imported', async () => {
    const dir = path.resolve('test/fixtures/import/govcn')
    const pages = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .slice(0, 20)
    const archive = path.join(work, '国务院文件.zip')
    fs.writeFileSync(archive, zipSync(Object.fromEntries(pages.map((f) => [`国务院/${f}`, fs.readFileSync(path.join(dir, f))]))))
    await box().locator('input[type="file"]').setInputFiles(archive)
    const progress = box().locator('[role="status"]')
    // Counted against the files in the archive once the server has listed them.
    await progress.getByText(new RegExp(`正在导入 \\d+/${pages.length}：国务院文件\\.zip`)).waitFor({ timeout: 30_000 })
    expect(await progress.locator('progress').getAttribute('max')).toBe(String(pages.length))
    await page.screenshot({ path: path.join(shots, 'import-box-progress.png') })
    const report = page.locator('[aria-labelledby="import-report-title"]')
    await report.getByRole('button', { name: '关闭报告' }).waitFor({ timeout: 120_000 })
    expect(await report.locator('tbody tr').count()).toBe(pages.length)
    expect(await progress.count()).toBe(0)
  }, 180_000)
})
