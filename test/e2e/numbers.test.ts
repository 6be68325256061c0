/**
 * Document numbers in a real browser: a number typed in any variant finds its document
 * first, every number has a stable address that leads to the document, and /numbers/
 * lists documents by issuing code and year. The sample gazette covers a 发文字号 as
 * printed in the wild; the fixture snapshot adds a 统一编号 and an order number.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { parseDocumentNumber, type StandardDocumentNumber } from '../../core/documents/documentNumber'
import { documentSchema, type PublicDocument } from '../../core/snapshot/schema'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { horizontalOverflow, launchBrowser } from './helpers/browser'
import { sampleWithTitleContaining } from './samples'

const siteUrl = inject('siteUrl')
const repoRoot = path.resolve(import.meta.dirname, '..', '..')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

/** The sample whose number is printed with square brackets: 运政办发[2022]18号. */
const sample = sampleWithTitleContaining('运城市')
const documentAddress = `/documents/${sample.slug}/`
const printed = sample.docNumberRaw ?? ''
const parsed = parseDocumentNumber(printed)
if (!parsed.ok || parsed.shape !== 'standard') throw new Error(`sample ${sample.slug} has no standard document number`)
const { code, year, serial, strict } = parsed satisfies StandardDocumentNumber

const fullWidth = (value: number) => String(value).replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))

/** Result addresses in the order shown, once the search has settled. */
async function searchFor(base: string, query: string): Promise<string[]> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
  return page.$$eval('li.search-result > a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
}

/** Opens a stable number address and waits for the meta refresh to land on a document page. */
async function follow(base: string, address: string): Promise<string> {
  await page.goto(`${base}${address}`)
  await page.waitForURL((url) => url.pathname.startsWith('/documents/'), { timeout: 10_000 })
  return new URL(page.url()).pathname
}

describe('searching for a document number', () => {
  it.each([
    ['as printed', printed],
    ['with round brackets and 第', `${code}（${year}）第${serial}号`],
    ['with full-width digits', `${code}〔${fullWidth(year)}〕${fullWidth(serial)}号`],
    ['with spaces and a leading zero', ` ${code} 〔${year}〕 0${serial} 号 `],
  ])('finds the document first, %s', async (_variant, query) => {
    const found = await searchFor(siteUrl, query)
    expect(found[0]).toBe(documentAddress)
    expect(await page.getAttribute('li.search-result:first-child', 'class')).toContain('exact-match')
    // Listed once: the word results leave out the exact match.
    expect(found.filter((address) => address === documentAddress)).toHaveLength(1)
  })

  it('finds the document when the number is cited among other words', async () => {
    const found = await searchFor(siteUrl, `文号 ${printed} 政务公开`)
    expect(found[0]).toBe(documentAddress)
  })

  it('answers a number alone from the number files, without full text, and says how to search the texts for it', async () => {
    // A server of its own on the same site, to see every file the page and Pagefind's worker fetch.
    const counted = await startStaticServer(inject('distDir'))
    try {
      const found = await searchFor(counted.url, printed)
      expect(found).toEqual([documentAddress])
      expect(await page.textContent('.search-status')).toContain('按文号查找；查找引用此文号的文件，请加引号检索')
      expect(counted.requests.filter((request) => /\.pf_(index|fragment)\b/.test(request))).toEqual([])
      // In quotes the number is searched in the texts too: its document still first, and once.
      const quoted = await searchFor(counted.url, `“${printed}”`)
      expect(quoted[0]).toBe(documentAddress)
      expect(quoted.filter((address) => address === documentAddress)).toHaveLength(1)
      expect(await page.textContent('.search-status')).not.toContain('按文号查找')
      expect(counted.requests.some((request) => /\.pf_index\b/.test(request))).toBe(true)
    } finally {
      await counted.close()
    }
  })
})

describe('the stable address of a number', () => {
  const address = `/numbers/${code}/${year}/${serial}/`

  it('leads to the document page', async () => {
    expect(await follow(siteUrl, address)).toBe(documentAddress)
    expect(await page.textContent('h1')).toBe(sample.title)
  })

  it('is a small page that works without JavaScript and names the document as canonical', async () => {
    const response = await page.request.get(`${siteUrl}${encodeURI(address)}`)
    expect(response.status()).toBe(200)
    const html = await response.text()
    expect(html).toContain('<html lang="zh-CN"')
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${documentAddress}"`)
    expect(html).toContain(`<link rel="canonical" href="${documentAddress}"`)
    expect(html).toContain('<meta name="robots" content="noindex"')
    expect(html).toContain(`<a href="${documentAddress}">${sample.title}</a>`)
  })

  it('is linked from the document page, which also shows the number as printed', async () => {
    await page.goto(`${siteUrl}${documentAddress}`)
    const main = (await page.textContent('main')) ?? ''
    expect(main).toContain(strict)
    expect(main).toContain(printed)
    const permalink = page.locator('.permalinks a')
    expect(await permalink.count()).toBe(1)
    expect(decodeURI((await permalink.getAttribute('href')) ?? '')).toBe(address)
    expect(main).toContain('本文件的固定链接')
  })
})

describe('the list of numbers', () => {
  it('is in the site navigation and lists the code with its count', async () => {
    await page.goto(`${siteUrl}/`)
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '发文字号' }).click()
    await page.waitForURL((url) => url.pathname === '/numbers/')
    const codeLink = page.locator('#codes-heading + .chip-list li', { hasText: code })
    expect(await codeLink.textContent()).toMatch(/1\s*篇/)
    await codeLink.getByRole('link', { name: code }).click()
    await page.waitForURL((url) => decodeURI(url.pathname) === `/numbers/${code}/`)
  })

  it('lists the document under its code and year, with its strict number', async () => {
    await page.goto(`${siteUrl}/numbers/${code}/`)
    expect(await page.textContent('h1')).toBe(code)
    const item = page.locator(`#y${year} li`, { has: page.locator(`a[href="${documentAddress}"]`) })
    expect(await item.count()).toBe(1)
    expect(await item.locator('a.title').textContent()).toBe(sample.title)
    expect(await item.textContent()).toContain(strict)
  })

  it.each(['/numbers/', `/numbers/${code}/`])('%s has no horizontal scroll at 360 px and works without JavaScript', async (address) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false })
    const phone = await context.newPage()
    await phone.goto(`${siteUrl}${address}`)
    expect(await phone.locator('main a').count()).toBeGreaterThan(0)
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)
    await context.close()
  })
})

describe('unified and order numbers (fixture snapshot)', () => {
  const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'snapshot')
  const distDir = path.join(repoRoot, '.tmp', `e2e-numbers-${process.pid}`)
  const fixture = (id: string): PublicDocument =>
    documentSchema.parse(JSON.parse(fs.readFileSync(path.join(fixtureDir, 'documents', `${id}.json`), 'utf8')))
  const documents = fs.readdirSync(path.join(fixtureDir, 'documents')).map((name) => fixture(name.replace(/\.json$/, '')))
  const normative = documents.find((document) => document.unifiedNumber !== null)
  const order = documents.find((document) => document.docNumberParts?.shape === 'order')
  let server: StaticServer

  beforeAll(async () => {
    const build = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: repoRoot,
      env: { ...process.env, SNAPSHOT_DIR: fixtureDir, DIST_DIR: distDir },
      encoding: 'utf8',
    })
    if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
    server = await startStaticServer(distDir)
  })

  afterAll(async () => {
    await server?.close()
    fs.rmSync(distDir, { recursive: true, force: true })
  })

  it('has a 行政规范性文件 with a unified number and an order', () => {
    expect(normative?.kind).toBe('normative-government')
    expect(order).toBeDefined()
  })

  it('finds a document by its unified number in another variant, first', async () => {
    const unified = parseDocumentNumber(normative?.unifiedNumber ?? '')
    if (!unified.ok || unified.shape !== 'standard') throw new Error('the fixture unified number is not 规-shaped')
    const found = await searchFor(server.url, `${unified.code}[${unified.year}]第${unified.serial}号`)
    expect(found[0]).toBe(`/documents/${normative?.id}/`)
    expect(await page.textContent('li.search-result:first-child .match-label')).toContain('统一编号')
  })

  it('shows the unified number on the document page and gives it a stable address', async () => {
    const unified = parseDocumentNumber(normative?.unifiedNumber ?? '')
    if (!unified.ok || unified.shape !== 'standard') throw new Error('the fixture unified number is not 规-shaped')
    await page.goto(`${server.url}/documents/${normative?.id}/`)
    const row = page.locator('.metadata > div', { has: page.locator('dt', { hasText: '统一编号' }) })
    expect(await row.locator('dd').textContent()).toBe(normative?.unifiedNumber)
    expect(await page.locator('.permalinks a').count()).toBe(2)
    const address = `/numbers/${unified.code}/${unified.year}/${unified.serial}/`
    expect(await follow(server.url, address)).toBe(`/documents/${normative?.id}/`)
  })

  it('finds an order by its number typed with a space, and its stable address leads to it', async () => {
    const parts = order?.docNumberParts
    if (parts?.shape !== 'order') throw new Error('no order in the fixture')
    const found = await searchFor(server.url, `${parts.issuer}令 第${fullWidth(parts.serial)}号`)
    expect(found[0]).toBe(`/documents/${order?.id}/`)
    expect(await follow(server.url, `/numbers/orders/${parts.issuer}/${parts.serial}/`)).toBe(`/documents/${order?.id}/`)
  })

  it('lists a code per year, newest first, serials in order', async () => {
    type Standard = Extract<PublicDocument['docNumberParts'], { shape: 'standard' }>
    const standard = documents.map((document) => document.docNumberParts).filter((parts): parts is Standard => parts?.shape === 'standard')
    // The code with the most documents, so that the order is worth checking.
    const byCode = new Map<string, Standard[]>()
    for (const each of standard) byCode.set(each.code, [...(byCode.get(each.code) ?? []), each])
    const [busiest, parts] = [...byCode].sort(([, a], [, b]) => b.length - a.length)[0] ?? ['', []]
    expect(parts.length).toBeGreaterThan(1)
    const expected = [...parts]
      .sort((a, b) => b.year - a.year || a.serial - b.serial)
      .map((each) => `${each.code}〔${each.year}〕${each.serial}号`)
    await page.goto(`${server.url}/numbers/${busiest}/`)
    expect(await page.$$eval('.number-list .number', (spans) => spans.map((span) => span.textContent))).toEqual(expected)
  })
})
