/**
 * What an editor sees when the server refuses a save, in the production admin: above the
 * form, each reason in the project's own words under the name of the field to change;
 * that field outlined, with its reason beneath it, and aria-invalid; all of it still
 * there after the next form-state round trip, and gone after the next accepted save.
 * Payload alone shows only a toast, and for a draft save marks nothing.
 * Screenshots go to .tmp/admin-refusal-*.png.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { messages } from '../../core/messages'
import { type SignedInAdmin, signedInAdmin } from './helpers/signedInAdmin'
import { pageSettled } from './helpers/waits'

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

const panel = () => page.locator('.refusal-panel[role="alert"]')

async function screenshot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `admin-refusal-${name}.png`) })
}

/** How the field at `fieldPath` is marked: its wrapper's reason, and whether its controls say they are invalid. */
async function marking(fieldPath: string): Promise<{ reason: string | null; invalidControls: number }> {
  return page.evaluate(
    (id) => {
      const element = document.getElementById(id)
      const wrapper = element?.closest('.field-type') ?? element
      return {
        reason: wrapper?.getAttribute('data-refused') ?? null,
        invalidControls: wrapper?.querySelectorAll('[aria-invalid="true"]').length ?? 0,
      }
    },
    `field-${fieldPath.replace(/\./g, '__')}`,
  )
}

/** The panel names the field and gives the reason; the field is outlined with that reason and aria-invalid. */
async function expectRefused(fieldPath: string, name: string, reason: string | RegExp): Promise<void> {
  const item = panel().locator(`li[data-path="${fieldPath}"]`).filter({ hasText: reason })
  await item.first().waitFor({ timeout: 20_000 })
  expect(await item.first().textContent()).toMatch(new RegExp(`^${name}：`))
  const marked = await marking(fieldPath)
  expect(marked.reason, `${fieldPath} is not marked`).toMatch(reason)
  expect(marked.invalidControls, `${fieldPath} has no aria-invalid control`).toBeGreaterThan(0)
}

/** Waits for the form-state round trip (a server function) that `change` sets off: Payload's own errors did not survive it. */
async function roundTrip(change: () => Promise<void>): Promise<void> {
  const trip = page.waitForResponse((response) => response.request().method() === 'POST' && 'next-action' in response.request().headers(), {
    timeout: 20_000,
  })
  await change()
  await trip
  // The page has rendered the new form state (and re-marked the fields). Not response.finished():
  // Payload aborts a superseded form-state request, and a finish that never comes hung the test.
  await pageSettled(page)
}

async function openNew(collection: string, firstField: string): Promise<void> {
  await page.goto(`${session.admin.url}/admin/collections/${collection}/create`)
  await page.waitForSelector(firstField, { timeout: 60_000 })
}

async function type(selector: string, value: string): Promise<void> {
  await page.fill(selector, value)
  await page.keyboard.press('Escape')
}

async function saveDraft(): Promise<void> {
  await page.getByRole('button', { name: '保存草稿' }).click({ timeout: 90_000 })
}

async function toastText(): Promise<string> {
  const toast = page.locator('.payload-toast-container li').first()
  await toast.waitFor({ timeout: 15_000 })
  return (await toast.textContent()) ?? ''
}

/** A draft made through the API as the signed-in editor, with what a publication needs besides review. */
async function createDraft(collection: 'documents' | 'interpretations', title: string): Promise<number | string> {
  const created = (await page.evaluate(
    async ([slug, docTitle]) => {
      const orgs = (await (await fetch('/api/organizations?limit=1', { credentials: 'include' })).json()) as { docs: Array<{ id: number }> }
      const docs = (await (await fetch('/api/documents?limit=1&depth=0', { credentials: 'include' })).json()) as {
        docs: Array<{ id: number }>
      }
      const org = orgs.docs[0]?.id
      const body =
        slug === 'documents'
          ? { title: docTitle, kind: 'other', issuers: [org], writtenDate: '2024-06-03T04:00:00.000Z', disclosure: 'proactive' }
          : { title: docTitle, documents: [docs.docs[0]?.id], form: 'text', interpretationBody: org, disclosure: 'proactive' }
      const response = await fetch(`/api/${slug}?draft=true`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, _status: 'draft' }),
      })
      return response.json()
    },
    [collection, title] as const,
  )) as { doc?: { id: number | string }; errors?: unknown }
  if (!created.doc) throw new Error(`could not create the ${collection} draft: ${JSON.stringify(created.errors)}`)
  return created.doc.id
}

/** Chooses a review action; the form may re-render while it settles and drop the choice, so choose until it holds. */
async function chooseAction(action: string): Promise<void> {
  const field = page.locator('#field-workflowAction')
  await field.waitFor({ timeout: 60_000 })
  const save = page.getByRole('button', { name: '保存草稿' })
  for (let attempt = 1; ; attempt++) {
    await field.click()
    const chosen = await page
      .locator('.rs__option', { hasText: action })
      .click({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false)
    const enabled = await save
      .and(page.locator(':not([disabled])'))
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false)
    if (chosen && enabled && ((await field.textContent()) ?? '').includes(action)) return
    await page.keyboard.press('Escape')
    if (attempt === 4) throw new Error(`could not choose ${action}`)
  }
}

describe('a refused save in the admin names the field and says why', () => {
  it('a 发文字号 another document holds (draft): kept through a round trip, cleared by the next save', async () => {
    await openNew('documents', 'input[name="title"]')
    await type('input[name="title"]', '浏览器测试：重复字号')
    await type('input[name="docNumberRaw"]', '运政办发[2022]18号')
    await saveDraft()
    await expectRefused('docNumberRaw', '发文字号', /发文字号“运政办发〔2022〕18号”已被《.+》使用，同一发文字号不能重复。/)
    // Payload's toast says the same reason (api/publicErrors.ts), but goes away and marks no field.
    expect(await toastText()).toMatch(/已被《.+》使用/)
    await screenshot('docnumber')

    // Payload's next form-state round trip erased its own field errors; these stay, and nothing typed is lost.
    await roundTrip(() => type('input[name="subject"]', '综合政务'))
    await expectRefused('docNumberRaw', '发文字号', /已被《.+》使用/)
    expect(await page.inputValue('input[name="title"]')).toBe('浏览器测试：重复字号')
    expect(await page.inputValue('input[name="docNumberRaw"]')).toBe('运政办发[2022]18号')
    expect(await page.inputValue('input[name="subject"]')).toBe('综合政务')

    await type('input[name="docNumberRaw"]', '运政办发[2022]918号')
    await saveDraft()
    await page.waitForURL((url) => /\/documents\/\w+$/.test(url.pathname), { timeout: 30_000 })
    await panel().waitFor({ state: 'detached', timeout: 20_000 })
    expect((await marking('docNumberRaw')).reason).toBeNull()
  }, 180_000)

  it('a draft without a title', async () => {
    await openNew('documents', 'input[name="title"]')
    await type('input[name="subject"]', '综合政务')
    await saveDraft()
    await expectRefused('title', '标题', messages.titleRequired)
    await screenshot('title')
  }, 120_000)

  it('施行日期 before 成文日期 without a reason', async () => {
    await openNew('documents', 'input[name="title"]')
    await type('input[name="title"]', '浏览器测试：施行早于成文')
    await type('#field-writtenDate input', '2024-03-01')
    await type('#field-effectiveDate input', '2024-02-01')
    await saveDraft()
    await expectRefused('effectiveDate', '施行日期', messages.dateRules.effectiveBeforeWritten)
    // The field's name in the panel takes the editor to the field.
    await panel().getByRole('button', { name: '施行日期' }).click()
    await page.waitForFunction(() => document.activeElement?.closest('#field-effectiveDate') !== null, undefined, { timeout: 5_000 })
    await page.keyboard.press('Escape')
    // The smooth scroll to the field is over and the date picker has closed.
    await pageSettled(page)
    await screenshot('dates')
  }, 120_000)

  it('personal data found at 提交审核, with the place it was found, at 审核操作', async () => {
    const id = await createDraft('documents', '浏览器测试：关于张三（身份证号11010519491231002X）的通知')
    await page.goto(`${session.admin.url}/admin/collections/documents/${id}`)
    await chooseAction('提交审核')
    await saveDraft()
    await expectRefused('workflowAction', '审核操作', /发现疑似个人信息1处：标题中的身份证号码“.+”/)
    await page.locator('#field-workflowAction').scrollIntoViewIfNeeded()
    await screenshot('personal-data')
  }, 150_000)

  it('publishing before approval, at 审核操作 (the server names 审核状态, which nobody edits)', async () => {
    const id = await createDraft('documents', '浏览器测试：未经审核就发布')
    await page.goto(`${session.admin.url}/admin/collections/documents/${id}`)
    await page.getByRole('button', { name: /^发布/ }).click({ timeout: 90_000 })
    await expectRefused('workflowAction', '审核操作', '只有审核通过的内容才能发布')
    // The panel has scrolled into view and the toast has arrived.
    await pageSettled(page)
    await screenshot('publish')
    await roundTrip(() => type('input[name="subject"]', '综合政务'))
    await expectRefused('workflowAction', '审核操作', '只有审核通过的内容才能发布')
  }, 150_000)

  it('an interpretation published before approval', async () => {
    const id = await createDraft('interpretations', '浏览器测试：未经审核的解读')
    await page.goto(`${session.admin.url}/admin/collections/interpretations/${id}`)
    await page.getByRole('button', { name: /^发布/ }).click({ timeout: 90_000 })
    await expectRefused('workflowAction', '审核操作', '只有审核通过的内容才能发布')
  }, 150_000)

  it('an organisation (saved without drafts) named like another, with a malformed code', async () => {
    const orgs = (await page.evaluate(async () =>
      (await fetch('/api/organizations?limit=1&depth=0', { credentials: 'include' })).json(),
    )) as {
      docs: Array<{ name: string }>
    }
    const existing = orgs.docs[0]?.name
    if (!existing) throw new Error('no sample organisation')
    await openNew('organizations', 'input[name="name"]')
    await type('input[name="name"]', existing)
    await type('input[name="orgCode"]', 'ABC')
    await page.getByRole('button', { name: '保存', exact: true }).click({ timeout: 90_000 })
    await expectRefused('orgCode', '组织机构代码', /组织机构代码有误：/)
    await roundTrip(() => type('input[name="shortName"]', '测试简称'))
    await expectRefused('orgCode', '组织机构代码', /组织机构代码有误：/)
    await screenshot('organization')
  }, 120_000)

  it('an organisation created in a drawer from a document: refused and marked in the drawer only', async () => {
    await openNew('documents', 'input[name="title"]')
    await type('input[name="title"]', '浏览器测试：在抽屉中新建机关')
    await page.locator('#field-issuers .relationship-add-new__add-button').click({ timeout: 30_000 })
    await page.locator('#field-name').waitFor({ timeout: 30_000 })
    // Not `type`: Escape would close the drawer.
    await page.fill('#field-name', '浏览器测试机关')
    await page.fill('#field-orgCode', 'ABC')
    await page.getByRole('button', { name: '保存', exact: true }).last().click()
    const item = page.locator('.refusal-panel li[data-path="orgCode"]').filter({ hasText: /组织机构代码有误：/ })
    await item.waitFor({ timeout: 20_000 })
    expect(await item.textContent()).toMatch(/^组织机构代码：/)
    const marked = await page.evaluate(() => {
      const wrapper = document.getElementById('field-orgCode')?.closest('.field-type')
      return { reason: wrapper?.getAttribute('data-refused'), invalid: wrapper?.querySelectorAll('[aria-invalid="true"]').length ?? 0 }
    })
    expect(marked.reason).toMatch(/组织机构代码有误：/)
    expect(marked.invalid).toBeGreaterThan(0)
    // The document's own form, under the drawer, shows nothing: its save was not refused.
    expect(await page.locator('.refusal-panel').count()).toBe(1)
    expect(await page.inputValue('#field-name')).toBe('浏览器测试机关')
    await screenshot('drawer')
  }, 120_000)

  it('a gazette issue numbered like an existing one: both numbers refused, each at its field', async () => {
    const issues = (await page.evaluate(async () =>
      (await fetch('/api/gazette-issues?sort=-totalNumber&limit=1&depth=0&draft=true', { credentials: 'include' })).json(),
    )) as { docs: Array<{ year: number; issueNumber: number; totalNumber: number }> }
    const existing = issues.docs[0]
    if (!existing) throw new Error('no sample gazette issue')
    await openNew('gazette-issues', 'input[name="year"]')
    await type('input[name="year"]', String(existing.year))
    await type('input[name="issueNumber"]', String(existing.issueNumber))
    await type('input[name="totalNumber"]', String(existing.totalNumber))
    await saveDraft()
    await expectRefused('issueNumber', '期号', /期号重复：.+已存在。/)
    await expectRefused('totalNumber', '总期号', /总期号重复：总第\d+期已是.+。/)
    // The toast says the first reason and how many more, not both in one paragraph over the form.
    const toast = await toastText()
    expect(toast).toMatch(/重复：.+（另有 1 处需要修改，逐项见各字段的提示）/)
    expect(toast).not.toMatch(/期号重复[\s\S]*总期号重复/)
    await screenshot('issue')
  }, 120_000)
})
