/**
 * The built sample gazette in a real browser: what a reader on a desktop or a phone
 * sees on the home page, a document page and the search page.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { normalizeDocumentNumber } from '../../core/documents/documentNumber'
import { readSampleInterpretations } from '../../scripts/lib/samples'
import { horizontalOverflow, launchBrowser } from './helpers/browser'
import { samples, sampleWithTitleContaining } from './samples'

const siteUrl = inject('siteUrl')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function searchFor(query: string): Promise<string[]> {
  await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForSelector('li.search-result a', { timeout: 15_000 })
  return page.$$eval('li.search-result a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
}

describe('home page', () => {
  it('is Chinese and lists every sample document', async () => {
    await page.goto(`${siteUrl}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    const linked = await page.$$eval('a', (links) => links.map((link) => link.textContent?.trim() ?? ''))
    for (const sample of samples) {
      expect(linked).toContain(sample.title)
    }
  })
})

describe('document page', () => {
  it('shows the public metadata with the number in its strict form', async () => {
    const sample = sampleWithTitleContaining('运城市')
    await page.goto(`${siteUrl}/documents/${sample.slug}/`)
    expect(await page.textContent('h1')).toContain(sample.title)
    const text = (await page.textContent('main')) ?? ''
    for (const label of ['索引号', '发文机关', '成文日期', '发文字号', '发布日期', '施行日期', '有效期至', '解读主体', '公开属性']) {
      expect(text).toContain(label)
    }
    expect(sample.docNumberRaw).toBeTruthy()
    const strict = normalizeDocumentNumber(sample.docNumberRaw as string)
    expect(strict).toBe('运政办发〔2022〕18号')
    expect(text).toContain(strict)
    expect(text).toContain('主动公开')
  })
})

describe('search', () => {
  it('finds documents about 政务公开', async () => {
    const found = await searchFor('政务公开')
    expect(found.length).toBeGreaterThan(0)
    // Interpretations of the samples are indexed too (see interpretations.test.ts).
    const sampleAddresses = [
      ...samples.map((sample) => `/documents/${sample.slug}/`),
      ...readSampleInterpretations().map((interpretation) => `/interpretations/${interpretation.slug}/`),
    ]
    for (const address of found) expect(sampleAddresses).toContain(address)
    expect(found.some((address) => address.startsWith('/documents/'))).toBe(true)
  })

  it('finds a document by a word from its title', async () => {
    const sample = sampleWithTitleContaining('锦州')
    const found = await searchFor('锦州')
    expect(found[0]).toBe(`/documents/${sample.slug}/`)
  })

  it('keeps the query in the address and the search box', async () => {
    await searchFor('解读')
    expect(await page.inputValue('input[name="q"]')).toBe('解读')
    expect(new URL(page.url()).searchParams.get('q')).toBe('解读')
  })
})

describe('on a 360 px phone', () => {
  it.each([
    ['the home page', '/'],
    ['a document page', `/documents/${samples[0]?.slug}/`],
    ['the list of documents', '/documents/'],
    ['the search page', '/search/?q=政务公开'],
  ])('%s has no horizontal scroll', async (_name, address) => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } })
    await phone.goto(`${siteUrl}${address}`)
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)
    await phone.close()
  })
})
