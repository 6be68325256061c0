/**
 * Bulk review steps in the real admin: a reviewer selects rows of the documents list,
 * chooses 审核通过, confirms, and reads per item what was done and what was not and why;
 * the list reloads with the new states. The item's page shows its 签发 and review record.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminServer, startAdmin } from './helpers/adminServer'
import { signInToAdmin } from './helpers/adminSignIn'
import { launchBrowser } from './helpers/browser'
import { apiFromPage } from './helpers/pageApi'

const gazetteEnv = inject('gazetteEnv')
const password = 'e2e-bulk-password'
const people = ['editor', 'reviewer'] as const
type Person = (typeof people)[number] | 'admin'
const emailOf = (person: Person) => (person === 'admin' ? (gazetteEnv.ADMIN_EMAIL as string) : `bulk-${person}@e2e.gongbao.local`)
const screenshots = path.join(path.resolve(import.meta.dirname, '..', '..'), '.tmp')

let admin: AdminServer
let browser: Browser
const pages: Partial<Record<Person, Page>> = {}
const titles = { first: '批量浏览器测试：待审核甲', second: '批量浏览器测试：待审核乙', draft: '批量浏览器测试：未提交的草稿' }
let firstId = 0

async function signIn(person: Person): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await signInToAdmin(page, admin.url, emailOf(person), person === 'admin' ? (gazetteEnv.ADMIN_PASSWORD as string) : password)
  pages[person] = page
  return page
}

/** A REST call from the person's signed-in page, with its session cookie. */
function api<T>(person: Person, method: string, url: string, body?: unknown): Promise<T> {
  return apiFromPage<T>(pages[person] as Page, method, url, body)
}

beforeAll(async () => {
  admin = await startAdmin(gazetteEnv)
  browser = await launchBrowser()
  await signIn('admin')
  for (const person of people) {
    await api('admin', 'POST', '/api/users', { email: emailOf(person), password, roles: [person] })
    await signIn(person)
  }
  const orgs = await api<{ docs: Array<{ id: number }> }>('editor', 'GET', '/api/organizations?limit=1&depth=0')
  const create = async (title: string, submit: boolean, extra: Record<string, unknown> = {}) =>
    (
      await api<{ doc: { id: number } }>('editor', 'POST', '/api/documents?draft=true', {
        title,
        kind: 'other',
        issuers: [orgs.docs[0]?.id],
        writtenDate: '2024-06-03T04:00:00.000Z',
        disclosure: 'proactive',
        _status: 'draft',
        ...(submit ? { workflowAction: 'submit' } : {}),
        ...extra,
      })
    ).doc.id
  firstId = await create(titles.first, true, { signatory: '浏览器签发人', signatoryPost: '市长' })
  await create(titles.second, true)
  await create(titles.draft, false)
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
})

describe('bulk review steps in the documents list', () => {
  it('approve the selected submitted items and report the draft as not done, with its reason', async () => {
    const page = pages.reviewer as Page
    await page.goto(`${admin.url}/admin/collections/documents?limit=100`)
    const panel = page.getByTestId('bulk-workflow')
    await panel.waitFor({ timeout: 30_000 })
    for (const title of Object.values(titles)) {
      await page.locator('table tbody tr', { hasText: title }).locator('.select-row__checkbox input[type="checkbox"]').check()
    }
    await expect.poll(() => panel.textContent()).toContain('已选择 3 项')
    await panel.locator('select').selectOption('approve')
    await panel.getByRole('button', { name: '批量执行…' }).click()
    await panel.getByRole('button', { name: '确定执行' }).click()
    const report = page.getByTestId('bulk-report')
    await report.waitFor({ timeout: 30_000 })
    const text = (await report.textContent()) ?? ''
    expect(text).toContain('批量“审核通过”：2 项已审核通过，1 项未执行')
    expect(text).toContain(`《${titles.draft}》未执行：`)
    expect(text).toContain(`《${titles.draft}》未执行：当前状态为“草稿”，不能审核通过。`)
    expect(text).toContain(`《${titles.first}》已审核通过（现为：审核通过，待发布）`)
    // The list reloads: the rows show their new state.
    await expect
      .poll(async () => page.locator('table tbody tr', { hasText: titles.second }).textContent(), { timeout: 30_000 })
      .toContain('审核通过，待发布')
    await page.screenshot({ path: path.join(screenshots, 'bulk-workflow-report.png'), fullPage: true })
  }, 180_000)

  it('offer an editor only the steps an editor may take', async () => {
    const page = pages.editor as Page
    await page.goto(`${admin.url}/admin/collections/documents?limit=100`)
    const panel = page.getByTestId('bulk-workflow')
    await panel.waitFor({ timeout: 30_000 })
    await page.locator('table tbody tr', { hasText: titles.draft }).locator('.select-row__checkbox input[type="checkbox"]').check()
    const options = await panel.locator('select option').allTextContents()
    expect(options).toEqual(['请选择', '提交审核'])
  }, 120_000)

  it('show the 签发 and the review record on the document page', async () => {
    const page = pages.reviewer as Page
    // Tall enough for the whole sidebar (it scrolls on its own) in the screenshot.
    await page.setViewportSize({ width: 1400, height: 2400 })
    await page.goto(`${admin.url}/admin/collections/documents/${firstId}`)
    const history = page.getByTestId('sign-off')
    await history.waitFor({ timeout: 30_000 })
    const text = (await history.textContent()) ?? ''
    expect(text).toContain('浏览器签发人（市长）')
    expect(text).toContain(emailOf('reviewer'))
    // The 签发 fields themselves, where the editor enters them.
    await expect.poll(() => page.locator('input[name="signatoryPost"]').inputValue(), { timeout: 30_000 }).toBe('市长')
    await page.screenshot({ path: path.join(screenshots, 'bulk-workflow-history.png'), fullPage: true })
  }, 120_000)
})
