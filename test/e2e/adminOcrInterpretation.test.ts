/**
 * 文字识别校对 on an interpretation, in the production admin: an interpretation imported
 * from a scanned back issue (its proofreading record as the import writes it, on a sample
 * issue's print PDF) shows its page rendered from the PDF with the uncertain character
 * boxed, from the interpretations' own page endpoint; one without a record shows no view.
 * The import itself is test/int/backIssueUpload.test.ts and test/e2e/adminBackIssue.test.ts.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { OcrProofing } from '../../cms/backIssues/proofSpots'
import { apiFromPage } from './helpers/pageApi'
import { type SignedInAdmin, signedInAdmin } from './helpers/signedInAdmin'

let session: SignedInAdmin
let page: Page

beforeAll(async () => {
  session = await signedInAdmin(inject('gazetteEnv'))
  page = session.page
}, 900_000)

afterAll(async () => {
  await session?.close()
})

type Listed = { docs: Array<{ id: number }> }

/** A draft interpretation of a sample document, with the given proofreading record. */
async function draftInterpretation(title: string, ocrProofing: OcrProofing | null): Promise<number> {
  const [document] = (await apiFromPage<Listed>(page, 'GET', '/api/documents?limit=1&depth=0')).docs
  const [organisation] = (await apiFromPage<Listed>(page, 'GET', '/api/organizations?limit=1&depth=0')).docs
  const created = await apiFromPage<{ doc: { id: number } }>(page, 'POST', '/api/interpretations?draft=true', {
    title,
    documents: [document?.id],
    form: 'text',
    interpretationBody: organisation?.id,
    ocrProofing,
    _status: 'draft',
  })
  return created.doc.id
}

describe('an interpretation read by OCR, in the admin', () => {
  it('shows its page from the issue’s print PDF with the uncertain character boxed', async () => {
    const [pdf] = (await apiFromPage<Listed>(page, 'GET', '/api/issue-pdfs?limit=1&depth=0')).docs
    if (!pdf) throw new Error('the sample issues have no print PDF')
    const id = await draftInterpretation('《测试文件》政策解读（扫描导入）', {
      printPdf: pdf.id,
      firstPage: 1,
      lastPage: 1,
      spots: [
        { page: 1, char: '公', confidence: 41, context: '河阳市人民政府公报', box: { left: 0.3, top: 0.2, width: 0.04, height: 0.03 } },
      ],
    })
    await page.goto(`${session.admin.url}/admin/collections/interpretations/${id}`)
    const view = page.getByRole('group', { name: '文字识别校对' })
    await view.waitFor({ timeout: 60_000 })
    const image = view.locator('section[data-proof-page="1"] img')
    expect(await image.getAttribute('src')).toBe(`/api/interpretations/${id}/proof-page/1`)
    await image.scrollIntoViewIfNeeded()
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 60_000 })
      .toBeGreaterThan(500)
    expect(await view.locator('section[data-proof-page="1"] .ocr-spot').count()).toBe(1)
    expect(await view.locator('mark.ocr-char').count()).toBe(1)
  }, 180_000)

  it('shows no proofreading view on an interpretation written in the admin', async () => {
    const id = await draftInterpretation('《测试文件》政策解读（录入）', null)
    await page.goto(`${session.admin.url}/admin/collections/interpretations/${id}`)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    expect(await page.getByRole('group', { name: '文字识别校对' }).count()).toBe(0)
  }, 120_000)
})
