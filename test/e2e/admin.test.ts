/**
 * The gazette office's admin in a real browser: Chinese by default, sign-in with the
 * first admin, a document opens with its rich-text body, and bad input is refused in
 * Chinese without saving.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminServer, startAdmin } from './helpers/adminServer'
import { signInToAdmin } from './helpers/adminSignIn'
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
    await page.getByRole('button', { name: '保存草稿' }).click({ timeout: 90_000 })
    // Payload's toast names the refused field in Chinese; the rule's own message is in the API response.
    const toast = page.locator('.payload-toast-container').getByText('有效期至')
    await toast.first().waitFor({ timeout: 15_000 })
    expect(await page.locator('.payload-toast-container').textContent()).toMatch(/[\u4e00-\u9fff]/)
    expect(await documentsCount()).toBe(before)
  }, 150_000)

  it('shows the issuing-code register with the numbers in use', async () => {
    const found = await apiGet<{ docs: Array<{ id: number | string }> }>(
      `/api/issuing-codes?where[code][equals]=${encodeURIComponent('运政办发')}&depth=0`,
    )
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

describe('gazette issues, in the admin', () => {
  it('opens a sample issue with its sections, stored pages and print links, and prints a proof', async () => {
    const issues = await apiGet<{ docs: Array<{ id: number | string; year: number; issueNumber: number; printPages: number }> }>(
      '/api/gazette-issues?sort=-totalNumber&depth=0',
    )
    const issue = issues.docs[0]
    expect(issue?.printPages).toBeGreaterThan(2)
    await page.goto(`${admin.url}/admin/collections/gazette-issues/${issue?.id}`)
    const proof = page.getByRole('link', { name: /打印校样/ })
    await proof.waitFor({ timeout: 30_000 })
    const body = (await page.textContent('body')) ?? ''
    for (const label of ['期号', '总期号', '出版日期', '栏目', '篇目', '起始页', '结束页', '印刷版来源', '勘误'])
      expect(body).toContain(label)
    expect(await page.getByRole('link', { name: new RegExp(`印刷版PDF（${issue?.printPages}页）`) }).count()).toBe(1)
    // Its print is that of its saved content: publishing again would take it as it is.
    expect(body).toContain('印刷版已生成，发布时直接使用')
    // The proof is printed by a job: the link queues it and is sent on to a page that
    // follows the job (202 while it waits) and then serves the PDF.
    const follow = await page.evaluate(
      async (url) => (await fetch(url, { credentials: 'include' })).url,
      `${admin.url}/api/gazette-issues/${issue?.id}/proof`,
    )
    expect(follow).toMatch(/\/proof\?job=/)
    const proofNow = () =>
      page.evaluate(async (url) => {
        const response = await fetch(url, { credentials: 'include' })
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          head: new TextDecoder().decode((await response.arrayBuffer()).slice(0, 5)),
        }
      }, follow)
    await expect.poll(proofNow, { timeout: 120_000, interval: 1000 }).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' })
  }, 180_000)
})

describe('review before publication, in the admin', () => {
  const password = 'e2e-staff-password'
  const staff = ['editor', 'reviewer', 'publisher'] as const

  async function signInAs(role: (typeof staff)[number] | 'admin'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const staffPage = await context.newPage()
    const [email, secret] =
      role === 'admin' ? [gazetteEnv.ADMIN_EMAIL as string, gazetteEnv.ADMIN_PASSWORD as string] : [`${role}@e2e.gongbao.local`, password]
    await signInToAdmin(staffPage, admin.url, email, secret)
    return staffPage
  }

  /** Opens a document; when a colleague's page still holds Payload's edit lock, takes it over as staff do. */
  async function openDocument(staffPage: Page, documentId: number | string): Promise<void> {
    await staffPage.goto(`${admin.url}/admin/collections/documents/${documentId}`)
    const locked = staffPage.locator('dialog#document-locked')
    const isLocked = await locked
      .waitFor({ state: 'visible', timeout: 4_000 })
      .then(() => true)
      .catch(() => false)
    if (isLocked) {
      await locked.getByRole('button', { name: '接管' }).click()
    }
  }

  async function chooseAction(staffPage: Page, documentId: number | string, action: string): Promise<void> {
    await openDocument(staffPage, documentId)
    // The form may re-render while it settles (a takeover of the edit lock, a form-state
    // refetch): it can close the menu under the click, or replace the chosen value, and the
    // save button is then disabled again because nothing is modified. Choose, let the
    // page's requests settle, and save; start over when any step did not take.
    const field = staffPage.locator('#field-workflowAction')
    const saveDraft = staffPage.getByRole('button', { name: '保存草稿' })
    for (let attempt = 1; ; attempt++) {
      await field.click()
      const chosen = await staffPage
        .locator('.rs__option', { hasText: action })
        .click({ timeout: 10_000 })
        .then(() => true)
        .catch(() => false)
      await staffPage.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
      const saved =
        chosen &&
        ((await field.textContent()) ?? '').includes(action) &&
        (await saveDraft
          .click({ timeout: 10_000 })
          .then(() => true)
          .catch(() => false))
      if (saved) break
      await staffPage.keyboard.press('Escape')
      if (attempt === 5) throw new Error(`could not choose and save ${action}`)
    }
    await staffPage
      .locator('.payload-toast-container')
      .getByText(/成功|已保存|Updated|updated/)
      .first()
      .waitFor({ timeout: 15_000 })
  }

  async function publicTitles(): Promise<string[]> {
    const response = await fetch(`${admin.url}/api/documents?limit=100&depth=0`)
    return ((await response.json()) as { docs: Array<{ title: string }> }).docs.map((d) => d.title)
  }

  it('publishes only after a reviewer approved and a publisher published', async () => {
    const adminPage = await signInAs('admin')
    for (const role of staff) {
      await adminPage.evaluate(
        async ([email, pass, roles]) =>
          fetch('/api/users', {
            method: 'POST',
            credentials: 'include',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ email, password: pass, roles: [roles] }),
          }),
        [`${role}@e2e.gongbao.local`, password, role],
      )
    }
    const title = '浏览器测试：走完审核流程的文件'
    const editor = await signInAs('editor')
    const created = (await editor.evaluate(async (docTitle) => {
      const orgs = (await (await fetch('/api/organizations?limit=1', { credentials: 'include' })).json()) as { docs: Array<{ id: number }> }
      const response = await fetch('/api/documents?draft=true', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: docTitle,
          kind: 'other',
          issuers: [orgs.docs[0]?.id],
          writtenDate: '2024-06-03T04:00:00.000Z',
          disclosure: 'proactive',
          _status: 'draft',
        }),
      })
      return response.json()
    }, title)) as { doc: { id: number } }
    const id = created.doc.id

    // The editor cannot publish: the publish button is refused on the server.
    await editor.goto(`${admin.url}/admin/collections/documents/${id}`)
    await editor.getByRole('button', { name: /^发布/ }).click({ timeout: 90_000 })
    await editor.locator('.payload-toast-container').getByText('审核状态').first().waitFor({ timeout: 15_000 })
    expect(await publicTitles()).not.toContain(title)

    await chooseAction(editor, id, '提交审核')
    const reviewer = await signInAs('reviewer')
    await chooseAction(reviewer, id, '审核通过')
    expect(await publicTitles()).not.toContain(title)

    const publisher = await signInAs('publisher')
    await openDocument(publisher, id)
    await publisher.getByRole('button', { name: /^发布/ }).click({ timeout: 90_000 })
    await publisher
      .locator('.payload-toast-container')
      .getByText(/成功|已发布|Published/)
      .first()
      .waitFor({ timeout: 15_000 })
    expect(await publicTitles()).toContain(title)
  }, 300_000)
})
