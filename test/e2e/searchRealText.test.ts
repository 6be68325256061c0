/**
 * Search on real text (issue 21), in the browser, on a site built from real laws of the
 * committed LawRefBook fixture: 民法典 found by the old names its last article repeals, a law
 * by a short name read off its name, the national text first for a topic many titles hold, a
 * colloquial term searched in the law's words, and a constitutional clause typed whole; the
 * text in force found by a name two replacements back, a short name keeping its first word
 * whole, the level read from the kind, and a colloquial word inside a longer query; and
 * what a query names listed before the full-text index has loaded.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { benchSearchCost } from '../../scripts/bench/searchCost'
import { writeCorpusSnapshot } from '../../scripts/corpus'
import { lawCorpus } from '../../scripts/lawCorpus/lawCorpus'
import { readLawFixture } from '../../scripts/lawCorpus/lawFixture'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { launchBrowser } from './helpers/browser'
import { repoRoot } from './helpers/versionFixture'

/** The texts the queries below compete over: each answer beside the texts that crowd it out. */
const SOURCES = [
  '民法典/',
  '宪法/宪法.md',
  '行政法/个人信息保护法(',
  '行政法/道路交通安全法(',
  '行政法/消防法(',
  '社会法/劳动合同法(',
  '司法解释/最高人民法院关于适用《合同法》若干问题的解释（一）',
  '行政法/献血法(',
  '北京市献血条例(',
  '宁波市献血条例(',
  '浙江省实施《献血法》办法(',
  '行政法规/物业管理条例(',
  '北京市物业管理条例(',
  '宁波市住宅小区物业管理条例(',
  '杭州市物业管理条例(',
  '社会法/反家庭暴力法(',
  '浙江省预防和制止家庭暴力条例(',
  '宁波市预防和制止家庭暴力条例(',
  '经济法/税收征收管理法(',
  '行政法规/税收征收管理法实施细则(',
  '行政法/国境卫生检疫法(',
  '行政法规/国境卫生检疫法实施细则(',
  '行政法规/社会救助暂行办法(',
  '浙江省社会救助条例(',
  '行政法/噪声污染防治法(',
  '行政法规/国家机关工作人员病假期间生活待遇的规定(',
]

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-search-real-'))
let server: StaticServer
let distDir: string
let browser: Browser
let page: Page
let titleOf: (url: string | undefined) => string | undefined
/** The address of a source file's document. */
let urlOf: (source: string) => string | undefined

beforeAll(async () => {
  const fixture = readLawFixture()
  const files = fixture.files.filter((file) => SOURCES.some((source) => file.path.includes(source)))
  const { corpus, slugs } = lawCorpus({ ...fixture, files })
  const titles = new Map(corpus.documents.map((document) => [`/documents/${document.slug}/`, document.title]))
  titleOf = (url) => (url === undefined ? undefined : titles.get(url))
  urlOf = (source) => (slugs.has(source) ? `/documents/${slugs.get(source)}/` : undefined)
  const snapshotDir = path.join(work, 'snapshot')
  distDir = path.join(work, 'dist')
  writeCorpusSnapshot(corpus, snapshotDir, { asOf: '2026-01-01', generatedAt: '2026-01-01T00:00:00.000Z' })
  const build = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: repoRoot,
    env: { ...process.env, SNAPSHOT_DIR: snapshotDir, DIST_DIR: distDir },
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`)
  server = await startStaticServer(distDir)
  browser = await launchBrowser()
  page = await browser.newPage()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

type Shown = { title: string | undefined; label: string | null; url: string }

/** The results in the order shown, by title, with their match label; and the status line. */
async function searchFor(query: string): Promise<{ results: Shown[]; status: string }> {
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction((wanted) => document.querySelector<HTMLElement>('ol.search-results')?.dataset.query === wanted, query)
  const shown = await page.$$eval('ol.search-results > li.search-result', (items) =>
    items.map((item) => ({
      url: new URL((item.querySelector('a') as HTMLAnchorElement).href).pathname,
      label: item.querySelector('.match-label')?.textContent ?? null,
    })),
  )
  const status = (await page.textContent('.search-status')) ?? ''
  return { results: shown.map(({ url, label }) => ({ title: titleOf(url), label, url })), status }
}

describe('old names', () => {
  it.each(['合同法', '物权法', '婚姻法', '担保法'])('finds 民法典 first by %s, which its last article repeals', async (name) => {
    const { results } = await searchFor(name)
    expect(results[0]).toMatchObject({ title: '中华人民共和国民法典', label: `取代：中华人民共和国${name}` })
  })

  it('finds the text in force by a name its predecessor took over', async () => {
    // 国境卫生检疫法 (2018) repealed the 条例; the 2024 text replaced the 2018 one.
    const { results } = await searchFor('国境卫生检疫条例')
    expect(results[0]?.url).toBe(urlOf('行政法/国境卫生检疫法(2024-06-28).md'))
    expect(results[0]?.label).toBe('取代：中华人民共和国国境卫生检疫条例')
  })

  it('still lists a text whose title holds the old name after it, never instead', async () => {
    const { results } = await searchFor('合同法')
    expect(results.map((result) => result.title)).toContain('最高人民法院关于适用《中华人民共和国合同法》若干问题的解释（一）')
  })
})

describe('what a query names comes before full text', () => {
  it('lists the document a name finds while the index is still loading, and keeps it first after', async () => {
    // Pagefind's word chunks are held back: the name index alone has to answer first.
    const context = await browser.newContext()
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let held = 0
    await context.route(/\.pf_index$/, async (route) => {
      held += 1
      await gate
      await route.continue()
    })
    try {
      const tab = await context.newPage()
      await tab.goto(`${server.url}/search/?q=${encodeURIComponent('合同法')}`)
      await tab.waitForFunction(() => document.querySelector<HTMLElement>('ol.search-results')?.dataset.answeredQuery === '合同法')
      await expect.poll(() => held, { timeout: 30_000 }).toBeGreaterThan(0)
      const early = await tab.$$eval('ol.search-results > li.search-result', (items) =>
        items.map((item) => ({
          exact: item.classList.contains('exact-match'),
          label: item.querySelector('.match-label')?.textContent ?? null,
        })),
      )
      expect(early[0]).toEqual({ exact: true, label: '取代：中华人民共和国合同法' })
      expect(early.every((item) => item.exact)).toBe(true)
      expect(await tab.textContent('.search-status')).toMatch(/^已列出名称或文号一致的 \d+ 条，正在检索全文…$/)
      expect(await tab.$eval('ol.search-results', (list) => (list as HTMLElement).dataset.query)).toBeUndefined()

      release()
      await tab.waitForFunction(() => document.querySelector<HTMLElement>('ol.search-results')?.dataset.query === '合同法')
      const urls = await tab.$$eval('ol.search-results > li.search-result a', (links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      )
      expect(titleOf(urls[0])).toBe('中华人民共和国民法典')
      // Full text added the texts that only hold the words, below, each once.
      expect(urls.map(titleOf)).toContain('最高人民法院关于适用《中华人民共和国合同法》若干问题的解释（一）')
      expect(new Set(urls).size).toBe(urls.length)
      expect(await tab.textContent('.search-status')).toMatch(/^找到 \d+ 条结果/)
    } finally {
      release()
      await context.close()
    }
  })
})

describe('short names', () => {
  it.each([
    ['个保法', '中华人民共和国个人信息保护法', '个人信息保护法'],
    ['道交法', '中华人民共和国道路交通安全法', '道路交通安全法'],
    ['税收征管法', '中华人民共和国税收征收管理法', '税收征收管理法'],
  ])('finds by %s the law it abbreviates, saying how', async (query, title, name) => {
    const { results } = await searchFor(query)
    expect(results[0]).toMatchObject({ title, label: `简称推断：${name}` })
  })

  it('never reads a name as an abbreviation of a longer one', async () => {
    // 劳动法 is not in this gazette; 劳动合同法 is not its short form.
    const { results } = await searchFor('劳动法')
    expect(results.every((result) => result.label === null)).toBe(true)
  })
})

describe('topics and clauses', () => {
  it.each([
    ['献血', '中华人民共和国献血法'],
    ['物业管理', '物业管理条例'],
    // A State Council 暂行办法 reads like a department's rule; its kind, 行政法规, says otherwise.
    ['社会救助', '社会救助暂行办法'],
  ])('puts the national text first for the topic %s, above local regulations', async (query, title) => {
    const { results } = await searchFor(query)
    expect(results[0]?.title).toBe(title)
    expect(results.length).toBeGreaterThan(2)
  })

  it('finds a constitutional clause typed whole in the constitution first', async () => {
    const { results } = await searchFor('国家尊重和保障人权')
    expect(results[0]?.title).toBe('中华人民共和国宪法')
  })

  it('searches a colloquial term in the words of the law, and says so', async () => {
    const { results, status } = await searchFor('家暴')
    expect(results[0]?.title).toBe('中华人民共和国反家庭暴力法')
    expect(status).toContain('“家暴”按“家庭暴力”检索')
  })

  it('searches a colloquial word inside a longer query in the words of the law', async () => {
    const { results, status } = await searchFor('噪音扰民')
    expect(results[0]?.title).toBe('中华人民共和国噪声污染防治法')
    expect(status).toContain('“噪音”按“噪声”检索')
  })

  it('leaves a title typed whole as typed, though a colloquial word is among its words', async () => {
    const title = '国家机关工作人员病假期间生活待遇的规定'
    const { results, status } = await searchFor(title)
    expect(results[0]?.title).toBe(title)
    expect(status).not.toContain('按“医疗期”检索')
  })
})

describe('filters on the segmented index', () => {
  it('offer each issuer by its name as written, not split into words', async () => {
    await searchFor('献血')
    const select = page.locator('select[data-filter="发文机关"]')
    await page.waitForFunction(() => document.querySelectorAll('select[data-filter="发文机关"] option').length > 1)
    const options = await select.locator('option').allTextContents()
    expect(options.some((option) => /^北京市人民代表大会常务委员会（\d+）$/.test(option))).toBe(true)
    expect(options.filter((option) => /\s/.test(option))).toEqual([])
  })
})

describe('npm run bench -- searchcost', () => {
  it('says what a first query fetched, by kind, and what Pagefind matched', async () => {
    const [cost] = await benchSearchCost(distDir, ['献血'])
    // One index part on this small site: one metadata file, one WebAssembly, the page's fragments.
    expect(cost?.fetched.meta.files).toBe(1)
    expect(cost?.fetched.wasm.files).toBe(1)
    expect(cost?.fetched.chunks.files).toBeGreaterThan(0)
    expect(cost?.fetched.fragments.files).toBeGreaterThan(0)
    expect(cost?.fetched.fragments.files).toBeLessThanOrEqual(10)
    expect(cost?.fetched['names and numbers'].files).toBeGreaterThan(0)
    // 献血法 and three local regulations hold the word, each more than once.
    expect(cost?.pagefind.pages).toBeGreaterThanOrEqual(4)
    expect(cost?.pagefind.positions).toBeGreaterThan(cost?.pagefind.pages ?? 0)
  }, 120_000)
})
