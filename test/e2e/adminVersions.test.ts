/**
 * An editor enters an earlier version in the production admin (issue 22): the document's
 * form has 本版本类别 and 历次版本; a row added with a title but without its 施行日期 is
 * refused on save, in Chinese, on that row's field, and nothing typed is lost. The
 * screenshot goes to .tmp/admin-versions.png. 导入新版本 imports a revised text file as the new
 * draft (.tmp/admin-new-version.png).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type SignedInAdmin, signedInAdmin } from './helpers/signedInAdmin'
import { expand } from './helpers/waits'

const gazetteEnv = inject('gazetteEnv')
const shots = path.resolve(import.meta.dirname, '..', '..', '.tmp')
let session: SignedInAdmin
let page: Page

beforeAll(async () => {
  session = await signedInAdmin(gazetteEnv, { width: 1280, height: 900 })
  page = session.page
  fs.mkdirSync(shots, { recursive: true })
}, 900_000)

afterAll(async () => {
  await session?.close()
})

async function createDraft(title: string, extra: Record<string, unknown> = {}): Promise<number> {
  const created = (await page.evaluate(
    async ([docTitle, more]) => {
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
          effectiveDate: '2024-07-01T04:00:00.000Z',
          disclosure: 'proactive',
          _status: 'draft',
          ...more,
        }),
      })
      return response.json()
    },
    [title, extra] as const,
  )) as { doc?: { id: number }; errors?: unknown }
  if (!created.doc) throw new Error(`could not create the draft: ${JSON.stringify(created.errors)}`)
  return created.doc.id
}

describe('earlier versions in the admin', () => {
  it('refuses a version without its 施行日期 on that row, in Chinese, keeping what was typed', async () => {
    const id = await createDraft('浏览器测试：版本录入')
    await page.goto(`${session.admin.url}/admin/collections/documents/${id}`)
    const versions = page.locator('#field-versions')
    await versions.waitFor({ timeout: 60_000 })
    expect(await page.locator('#field-versionKind').count()).toBe(1)
    await versions.getByRole('button', { name: /添加/ }).first().click()
    const rowTitle = page.locator('input[name="versions.0.title"]')
    await rowTitle.waitFor({ timeout: 20_000 })
    await rowTitle.fill('浏览器测试：版本录入（原文）')
    await page.getByRole('button', { name: '保存草稿' }).click({ timeout: 90_000 })
    const refusal = page.locator('.refusal-panel[role="alert"] li[data-path^="versions.0"]')
    await refusal.first().waitFor({ timeout: 20_000 })
    const reasons = (await refusal.allTextContents()).join('\n')
    expect(reasons).toMatch(/施行日期/)
    // The current text has no body yet: that refusal is named 正文, the rich-text field it
    // concerns (which has no input id), not 审核操作.
    const bodyRefusal = page.locator('.refusal-panel[role="alert"] li[data-path="body"]')
    expect(await bodyRefusal.first().textContent()).toMatch(/^正文：/)
    expect(await rowTitle.inputValue()).toBe('浏览器测试：版本录入（原文）')
    await page.screenshot({ path: path.join(shots, 'admin-versions.png'), fullPage: false })
    // Nothing was saved: the stored draft has no earlier version.
    const stored = (await page.evaluate(
      async (docId) => (await fetch(`/api/documents/${docId}?draft=true&depth=0`, { credentials: 'include' })).json(),
      id,
    )) as { versions?: unknown[] }
    expect(stored.versions ?? []).toEqual([])
  })
})

describe('导入新版本 in the admin', () => {
  it('imports a revised text file as the new draft, the text before it in 历次版本; a refusal is shown in Chinese', async () => {
    const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] })
    const id = await createDraft('浏览器测试：导入新版本', {
      publishedDate: '2024-06-03T04:00:00.000Z',
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [paragraph('第一条 为了测试，制定本办法。'), paragraph('第二条 本办法自2024年7月1日起施行。')],
        },
      },
    })
    await page.goto(`${session.admin.url}/admin/collections/documents/${id}`)
    await expand(page.getByRole('button', { name: '导入新版本' }))
    const form = page.getByRole('group', { name: '导入新版本' })
    const file = {
      name: '修订文本.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        '浏览器测试：导入新版本\n\n第一条 为了测试导入新版本，制定本办法。\n\n第二条 本办法自2024年8月1日起施行。\n',
        'utf8',
      ),
    }
    await form.locator('input[type="file"]').setInputFiles(file)
    // A 修正 without the document that made it: refused by the history check, in Chinese, nothing saved.
    await form.locator('select[name="kind"]').selectOption('amendment')
    await form.getByRole('button', { name: '导入为新版本' }).click()
    const refusal = form.locator('.new-version-errors[role="alert"]')
    await refusal.waitFor({ timeout: 30_000 })
    expect(await refusal.textContent()).toMatch(/修改文件/)
    // A 勘误 with its dates: imported; the page reloads with the new draft.
    await form.locator('select[name="kind"]').selectOption('correction')
    await form.locator('input[name="promulgatedDate"]').fill('2024-07-20')
    await form.locator('input[name="effectiveDate"]').fill('2024-08-01')
    await form.getByRole('button', { name: '导入为新版本' }).click()
    await form.locator('.new-version-done, .new-version-errors').first().waitFor({ timeout: 30_000 })
    expect(
      await form.locator('.new-version-errors').count(),
      await form.locator('.new-version-errors').allTextContents().then(String),
    ).toBe(0)
    expect(await form.locator('.new-version-done').textContent()).toContain('已导入为新版本（勘误）')
    await page.waitForURL(/collections\/documents/, { timeout: 30_000 })
    await page.locator('input[name="versions.0.title"]').waitFor({ timeout: 60_000 })
    expect(await page.locator('input[name="versions.0.title"]').inputValue()).toBe('浏览器测试：导入新版本')
    await page.screenshot({ path: path.join(shots, 'admin-new-version.png'), fullPage: false })
    const stored = (await page.evaluate(
      async (docId) => (await fetch(`/api/documents/${docId}?draft=true&depth=0`, { credentials: 'include' })).json(),
      id,
    )) as { versionKind: string; versions?: Array<{ kind: string }>; body: unknown }
    expect(stored.versionKind).toBe('correction')
    expect(stored.versions?.map((row) => row.kind)).toEqual(['original'])
    expect(JSON.stringify(stored.body)).toContain('为了测试导入新版本')
  })
})
