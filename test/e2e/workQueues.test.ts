/**
 * The work queues in the real admin: the dashboard's 工作队列 panel counts what waits
 * for the signed-in person, each count opens the list showing exactly those items (the
 * list view reads the filter from the address and passes the query guard), the quick
 * links above the list mark the queue shown, and the list has a 审核状态 column in Chinese.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { addDays } from '../../core/calendar/calendarArithmetic'
import { fromCalendarDate, toCalendarDate } from '../../core/calendar/calendarDate'
import { type AdminServer, startAdmin } from './helpers/adminServer'
import { signInToAdmin } from './helpers/adminSignIn'
import { launchBrowser } from './helpers/browser'
import { apiFromPage } from './helpers/pageApi'

const gazetteEnv = inject('gazetteEnv')
const password = 'e2e-queue-password'
const people = ['editor', 'reviewer', 'publisher'] as const
type Person = (typeof people)[number] | 'admin'
const emailOf = (person: Person) => (person === 'admin' ? (gazetteEnv.ADMIN_EMAIL as string) : `queue-${person}@e2e.gongbao.local`)

let admin: AdminServer
let browser: Browser
const pages: Partial<Record<Person, Page>> = {}
const titles = {
  submitted: '浏览器测试：待审核的文件',
  returned: '浏览器测试：被退回的文件',
  expiring: '浏览器测试：即将到期的文件',
}

async function signIn(person: Person): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
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
  const today = toCalendarDate(new Date(), 'Asia/Shanghai')
  const create = async (title: string, extra: Record<string, unknown> = {}) =>
    (
      await api<{ doc: { id: number } }>('editor', 'POST', '/api/documents?draft=true', {
        title,
        kind: 'other',
        issuers: [orgs.docs[0]?.id],
        writtenDate: '2024-06-03T04:00:00.000Z',
        disclosure: 'proactive',
        _status: 'draft',
        workflowAction: 'submit',
        ...extra,
      })
    ).doc.id
  await create(titles.submitted)
  const returned = await create(titles.returned)
  await api('reviewer', 'PATCH', `/api/documents/${returned}?draft=true`, { workflowAction: 'send-back', workflowReason: '请补充附件' })
  const expiring = await create(titles.expiring, { expiresOn: fromCalendarDate(addDays(today, 10)) })
  await api('reviewer', 'PATCH', `/api/documents/${expiring}?draft=true`, { workflowAction: 'approve' })
  await api('publisher', 'PATCH', `/api/documents/${expiring}`, { _status: 'published' })
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await admin?.stop()
})

/**
 * Waiting for a list reached by a link: until the new address is committed, not until the
 * page's load event (listedTitles then waits for the table): on a loaded CI machine the
 * load event once did not come within 30 s of the click on 全部.
 */
const NAVIGATION = { waitUntil: 'commit', timeout: 60_000 } as const

/** The titles in the list view's table. */
async function listedTitles(page: Page): Promise<string[]> {
  await page.locator('.collection-list').first().waitFor({ timeout: 60_000 })
  const rows = page.locator('table tbody tr')
  // Rows, or Payload's "没有结果…" notice for an empty list.
  await page.locator('table tbody tr, .no-results').first().waitFor({ timeout: 60_000 })
  if ((await rows.count()) === 0) {
    expect(await page.locator('.no-results').textContent()).toContain('没有结果')
    return []
  }
  return (await rows.locator('td.cell-title').allTextContents()).map((text) => text.trim())
}

/** Opens the dashboard and follows the documents link of a queue: its count and the titles listed. */
async function followQueue(page: Page, label: string): Promise<{ count: number; listed: string[] }> {
  await page.goto(`${admin.url}/admin`)
  const queue = page.locator('section[aria-labelledby="work-queues"] li', { hasText: label })
  const link = queue.locator('a[data-collection="documents"]')
  const count = Number(await link.getAttribute('data-count'))
  await link.click()
  await page.waitForURL((url) => url.pathname.endsWith('/collections/documents') && url.search.includes('where'), NAVIGATION)
  return { count, listed: await listedTitles(page) }
}

describe('work queues in the admin', () => {
  it('open, for a reviewer, the list of items waiting for review', async () => {
    const reviewer = pages.reviewer as Page
    const { count, listed } = await followQueue(reviewer, '待我审核')
    expect(listed).toContain(titles.submitted)
    expect(listed).not.toContain(titles.returned)
    expect(listed).toHaveLength(count)
    // The 审核状态 column, in Chinese.
    expect(await reviewer.locator('table thead').textContent()).toContain('审核状态')
    const row = reviewer.locator('table tbody tr', { hasText: titles.submitted })
    expect(await row.textContent()).toContain('待审核')
  }, 120_000)

  it('open, for the editor, exactly what was sent back to them, and switch queues above the list', async () => {
    const editor = pages.editor as Page
    const { count, listed } = await followQueue(editor, '已退回给我')
    expect(count).toBe(1)
    expect(listed).toEqual([titles.returned])
    const nav = editor.locator('nav[aria-label="工作队列"]')
    expect(await nav.locator('a[aria-current="page"]').textContent()).toContain('已退回给我（1）')
    await nav.getByRole('link', { name: /即将到期/ }).click()
    await editor.waitForURL((url) => url.search.includes('expiresOn'), NAVIGATION)
    const expiring = await listedTitles(editor)
    expect(expiring).toContain(titles.expiring)
    expect(Number(await editor.locator('nav[aria-label="工作队列"] a[aria-current="page"]').getAttribute('data-count'))).toBe(
      expiring.length,
    )
    await editor.locator('nav[aria-label="工作队列"]').getByRole('link', { name: '全部' }).click()
    await editor.waitForURL((url) => url.pathname.endsWith('/collections/documents') && !url.search.includes('where'), NAVIGATION)
    const all = await listedTitles(editor)
    expect(all).toEqual(expect.arrayContaining([titles.submitted, titles.returned]))
  }, 120_000)

  it('show an empty list, not the whole list, for a queue with nothing in it', async () => {
    const { count, listed } = await followQueue(pages.admin as Page, '已退回给我')
    expect(count).toBe(0)
    expect(listed).toEqual([])
  }, 120_000)
})
