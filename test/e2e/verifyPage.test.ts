/**
 * The verify page (/verify/) in Debian's chromium, on the sample gazette built like
 * `npm run build`: a reader picks a file they hold (a document page, the print PDF, a
 * copy with one byte changed) and the page answers from the log's static files alone,
 * hashing in the browser; it never asks anything of another origin. A pasted content
 * fingerprint and an item's history work the same way; at 320 px nothing overflows.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { manifestSchema } from '../../core/snapshot/schema'
import { horizontalOverflow, launchBrowser } from './helpers/browser'

const siteUrl = inject('siteUrl')
const distDir = inject('distDir')
const manifest = manifestSchema.parse(
  JSON.parse(fs.readFileSync(path.join(inject('gazetteEnv').SNAPSHOT_DIR as string, 'manifest.json'), 'utf8')),
)
const documentId = manifest.documents[0]?.id as string
const pdfUrl = manifest.issues.find((issue) => issue.pdf)?.pdf?.url as string
const work = path.join(path.dirname(distDir), 'verify-page')

let browser: Browser
let page: Page
const foreign: string[] = []

beforeAll(async () => {
  fs.mkdirSync(work, { recursive: true })
  browser = await launchBrowser()
  page = await browser.newPage()
  // Offline: anything not asked of the site itself is refused and recorded.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(siteUrl) ? route.continue() : (foreign.push(route.request().url()), route.abort()),
  )
})

afterAll(async () => {
  await browser?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

async function check(file: string): Promise<string> {
  await page.goto(`${siteUrl}/verify/`)
  await page.waitForSelector('#verify-form:not([hidden])')
  await page.setInputFiles('#verify-file', file)
  await page.waitForFunction(() =>
    /未改动|已被更新|已撤回|从未发布|无法核验/.test(document.querySelector('#verify-result')?.textContent ?? ''),
  )
  return (await page.textContent('#verify-result')) ?? ''
}

describe('the verify page', () => {
  it('names the log and its signature before anything is checked', async () => {
    await page.goto(`${siteUrl}/verify/`)
    await page.waitForFunction(() => /发布日志共/.test(document.querySelector('#verify-head')?.textContent ?? ''))
    const head = await page.textContent('#verify-head')
    expect(head).toContain('签名有效')
    expect(head).toContain('本地测试密钥')
  })

  it('answers 未改动 for a document page and for the print PDF a reader downloaded', async () => {
    const answer = await check(path.join(distDir, 'documents', documentId, 'index.html'))
    expect(answer).toContain('未改动')
    expect(answer).not.toContain('核验未通过')
    const pdf = await check(path.join(distDir, ...decodeURIComponent(pdfUrl).split('/')))
    expect(pdf).toContain('未改动')
    expect(pdf).toContain(`/issues/`)
  })

  it('answers 从未发布 for a copy with one byte changed', async () => {
    const bytes = fs.readFileSync(path.join(distDir, ...decodeURIComponent(pdfUrl).split('/')))
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] as number) ^ 0x20
    const changed = path.join(work, 'changed.pdf')
    fs.writeFileSync(changed, bytes)
    const answer = await check(changed)
    expect(answer).toContain('从未发布')
    expect(await page.getAttribute('#verify-result', 'data-state')).toBe('unknown')
  })

  it('checks the content fingerprint a document page shows, and lists the document’s history', async () => {
    await page.goto(`${siteUrl}/documents/${documentId}/`)
    const fingerprint = ((await page.textContent('.fingerprint dd code')) ?? '').trim()
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/)
    await page.click('.fingerprint a')
    await page.waitForFunction(() => !(document.querySelector('#verify-history') as HTMLElement | null)?.hidden)
    expect(await page.textContent('#verify-history')).toContain(fingerprint)
    expect(await page.textContent('#verify-result')).toContain('均已核验')
    await page.fill('#verify-digest', fingerprint)
    await page.click('#verify-form button[type=submit]')
    await page.waitForFunction(() => /未改动/.test(document.querySelector('#verify-result')?.textContent ?? ''))
  })

  it('refuses a fingerprint that is not one, in Chinese', async () => {
    await page.goto(`${siteUrl}/verify/`)
    await page.waitForSelector('#verify-form:not([hidden])')
    await page.fill('#verify-digest', 'not a hash')
    await page.click('#verify-form button[type=submit]')
    expect(await page.textContent('#verify-result')).toContain('64位十六进制')
  })

  it('fits a 320 px screen and asked nothing of another origin', async () => {
    await page.setViewportSize({ width: 320, height: 640 })
    await check(path.join(distDir, 'documents', documentId, 'index.html'))
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(foreign).toEqual([])
  })
})
