/**
 * The gazette office's admin in a real browser: Chinese by default, sign-in with the
 * first admin, a document opens with its rich-text body, and bad input is refused in
 * Chinese without saving.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminServer, startAdmin } from './helpers/adminServer'
import { launchBrowser } from './helpers/browser'
import { sampleWithTitleContaining } from './samples'

const gazetteEnv = inject('gazetteEnv')
let admin: AdminServer
let browser: Browser
let page: Page

beforeAll(async () => {
  admin = await startAdmin(gazetteEnv)
  browser = await launchBrowser()
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
})

/** Calls the API from the signed-in page, with its session cookie, as the admin itself does. */
async function apiGet<T>(path: string): Promise<T> {
  return page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `${admin.url}${path}`) as Promise<T>
}

async function documentsCount(): Promise<number> {
  return (await apiGet<{ totalDocs: number }>('/api/documents?limit=0&draft=true')).totalDocs
}

describe('the admin', () => {
  it('signs the first admin in, in Chinese', async () => {
    await page.goto(`${admin.url}/admin/login`)
    await page.waitForSelector('input[name="email"]')
    expect(await page.textContent('body')).toContain('登录')
    await page.fill('input[name="email"]', gazetteEnv.ADMIN_EMAIL as string)
    await page.fill('input[name="password"]', gazetteEnv.ADMIN_PASSWORD as string)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
  })

  it('opens a sample document with its labels and rich-text body', async () => {
    const sample = sampleWithTitleContaining('运城市')
    const found = await apiGet<{ docs: Array<{ id: number | string }> }>(`/api/documents?where[slug][equals]=${sample.slug}&depth=0`)
    const id = found.docs[0]?.id
    expect(id).toBeDefined()
    await page.goto(`${admin.url}/admin/collections/documents/${id}`)
    await page.waitForSelector('[data-lexical-editor="true"]', { timeout: 30_000 })
    const body = (await page.textContent('body')) ?? ''
    for (const label of ['标题', '发文字号', '成文日期', '施行日期', '有效期至', '解读主体', '公开属性', '正文']) {
      expect(body).toContain(label)
    }
    expect(await page.textContent('[data-lexical-editor="true"]')).toContain('本文件由市政府办公室负责解读')
  })

  it('refuses 施行日期 after 有效期至 in Chinese and saves nothing', async () => {
    const before = await documentsCount()
    await page.goto(`${admin.url}/admin/collections/documents/create`)
    await page.waitForSelector('input[name="title"]')
    await page.fill('input[name="title"]', '浏览器测试：日期有误的文件')
    await page.fill('#field-effectiveDate input', '2024-03-01')
    await page.fill('#field-expiresOn input', '2024-02-01')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: '保存草稿' }).click()
    // Payload's toast names the refused field in Chinese; the rule's own message is in the API response.
    const toast = page.locator('.payload-toast-container').getByText('有效期至')
    await toast.first().waitFor({ timeout: 15_000 })
    expect(await page.locator('.payload-toast-container').textContent()).toMatch(/[\u4e00-\u9fff]/)
    expect(await documentsCount()).toBe(before)
  })

  it('shows the issuing-code register with the numbers in use', async () => {
    const found = await apiGet<{ docs: Array<{ id: number | string }> }>(`/api/issuing-codes?where[code][equals]=${encodeURIComponent('运政办发')}&depth=0`)
    const id = found.docs[0]?.id
    expect(id).toBeDefined()
    await page.goto(`${admin.url}/admin/collections/issuing-codes/${id}`)
    const register = page.getByRole('table', { name: '各年度编号情况' })
    await register.waitFor({ timeout: 30_000 })
    const row = register.getByRole('row').filter({ hasText: '2022' })
    // The 运城 sample is 运政办发〔2022〕18号: serial 18 in use, 1–17 shown as gaps.
    expect(await row.textContent()).toContain('18')
    expect(await row.textContent()).toContain('1–17')
  })
})
