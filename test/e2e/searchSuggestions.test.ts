/**
 * 关键词推荐: the search page and the home page offer the documents' common keywords as
 * plain links under the search box; one runs its search. Without JavaScript the search
 * page points to the catalogues, the document list and the numbers list instead.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser } from './helpers/browser'

const siteUrl = inject('siteUrl')
const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const sample = JSON.parse(fs.readFileSync(path.join(repoRoot, 'content', 'samples', '2018-lvyouwei-zwgk-fangan.json'), 'utf8')) as {
  slug: string
  keywords: string[]
}

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

async function suggestionsOn(address: string): Promise<Array<{ text: string; href: string }>> {
  await page.goto(`${siteUrl}${address}`)
  return page.$$eval('.search-suggestions a', (links) =>
    links.map((link) => ({ text: link.textContent?.trim() ?? '', href: (link as HTMLAnchorElement).getAttribute('href') ?? '' })),
  )
}

describe('keyword suggestions', () => {
  it('the sample has keywords to suggest', () => {
    expect(sample.keywords.length).toBeGreaterThan(0)
  })

  it.each(['/search/', '/'])('%s suggests the sample keywords as links to their search', async (address) => {
    const suggestions = await suggestionsOn(address)
    expect(suggestions.length).toBeLessThanOrEqual(12)
    const texts = suggestions.map((suggestion) => suggestion.text)
    expect(texts).toEqual(expect.arrayContaining(sample.keywords))
    for (const { text, href } of suggestions) expect(href).toBe(`/search/?q=${encodeURIComponent(text)}`)
  })

  it('clicking a suggestion runs that search and shows results', async () => {
    const keyword = sample.keywords[0] as string
    await page.goto(`${siteUrl}/search/`)
    await page.getByRole('link', { name: keyword, exact: true }).click()
    await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
    expect(new URL(page.url()).searchParams.get('q')).toBe(keyword)
    expect(await page.inputValue('#search-q')).toBe(keyword)
    expect(await page.textContent('.search-status')).toMatch(/^找到 \d+ 条结果$/)
    const results = await page.$$eval('li.search-result > a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    )
    expect(results).toContain(`/documents/${sample.slug}/`)
  })
})

describe('the search page without JavaScript', () => {
  it('links to the catalogues, the document list and the numbers list, and keeps the suggestions', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const noScriptPage = await context.newPage()
      await noScriptPage.goto(`${siteUrl}/search/`)
      const notice = noScriptPage.locator('p.notice', { hasText: '检索功能需要启用 JavaScript' })
      await expect(notice.isVisible()).resolves.toBe(true)
      const hrefs = await notice.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(hrefs).toEqual(expect.arrayContaining(['/catalogues/', '/documents/', '/numbers/']))
      expect(await noScriptPage.locator('#search-app').isHidden()).toBe(true)
      const suggestion = noScriptPage.locator('.search-suggestions a').first()
      await expect(suggestion.isVisible()).resolves.toBe(true)
    } finally {
      await context.close()
    }
  })
})
