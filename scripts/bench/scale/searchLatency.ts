/**
 * Search as a reader meets it, in headless Chromium on the built site: for each query,
 * the first search (a fresh browser context opens /search/?q=…, timed from navigation
 * start to the result list on screen) and the warm one (the page already loaded, the
 * query typed and submitted). The list is on screen when the status line says how many
 * results were found. Bytes are what the server sent (gzip, as a production host), per
 * query: counted at the server because Pagefind fetches part of its index from a Web
 * Worker, which the page's own network events do not show.
 */
import type { Browser, Page } from 'playwright-core'

import { launchChromium } from '../../../cms/print/chromium'
import type { BenchQuery } from './searchQueries'
import { documentPath, searchPath } from '../../../core/addresses'
import { searchFilters } from '../../../core/search/filterNames'

export type QueryTiming = { ms: number; bytes: number; results: number; top: string | null }

/** The site being measured, and the bytes its server has sent so far. */
export type MeasuredSite = { url: string; bytesSent: () => number }

export type QueryMeasurement = BenchQuery & { first: QueryTiming; warm: QueryTiming; rankOne?: boolean }

const DONE = '/^(找到|未找到|检索出错|检索暂时不可用)/'

// Runs in the page before its scripts: notes the moment the status line reports an outcome.
const WATCH_STATUS = `(() => {
  const done = ${DONE}
  window.__benchDone = null
  new MutationObserver(() => {
    const status = document.querySelector('.search-status')
    if (window.__benchDone === null && status && done.test(status.textContent || '')) window.__benchDone = performance.now()
  }).observe(document, { subtree: true, childList: true, characterData: true })
})()`

export async function measureSearch(site: MeasuredSite, queries: BenchQuery[]): Promise<QueryMeasurement[]> {
  const browser = await launchChromium()
  try {
    const first: QueryTiming[] = []
    for (const query of queries) first.push(await firstQuery(browser, site, query))
    const warm = await warmQueries(browser, site, queries)
    return queries.map((query, i) => {
      const measured: QueryMeasurement = { ...query, first: first[i] as QueryTiming, warm: warm[i] as QueryTiming }
      if (query.expected) measured.rankOne = measured.first.top === documentPath(query.expected) && measured.warm.top === measured.first.top
      return measured
    })
  } finally {
    await browser.close()
  }
}

async function firstQuery(browser: Browser, site: MeasuredSite, query: BenchQuery): Promise<QueryTiming> {
  // A fresh context: nothing cached, as for a reader arriving from elsewhere.
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(WATCH_STATUS)
    const before = site.bytesSent()
    await page.goto(`${site.url}/search/${address(query)}`)
    await page.waitForFunction('window.__benchDone !== null', null, { timeout: 60_000 })
    const ms = (await page.evaluate('window.__benchDone')) as number
    return { ms, bytes: site.bytesSent() - before, ...(await resultsOf(page)) }
  } finally {
    await context.close()
  }
}

async function warmQueries(browser: Browser, site: MeasuredSite, queries: BenchQuery[]): Promise<QueryTiming[]> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(WATCH_STATUS)
    // Loaded and initialised with a query outside the set, so that no query below is repeated.
    await page.goto(`${site.url}${searchPath('工作')}`)
    await page.waitForFunction('window.__benchDone !== null', null, { timeout: 60_000 })
    const timings: QueryTiming[] = []
    for (const query of queries) {
      const before = site.bytesSent()
      const started = (await page.evaluate(submitScript(query))) as number
      await page.waitForFunction('window.__benchDone !== null', null, { timeout: 60_000 })
      const ms = ((await page.evaluate('window.__benchDone')) as number) - started
      // Responses may still be counted just after the status changes; give them a moment.
      await page.waitForTimeout(50)
      timings.push({ ms, bytes: site.bytesSent() - before, ...(await resultsOf(page)) })
    }
    return timings
  } finally {
    await context.close()
  }
}

/** Sets the filters and the words as a reader would, then submits; returns the start time in page time. */
function submitScript(query: BenchQuery): string {
  const names: Record<string, string> = searchFilters
  const filters = Object.fromEntries(Object.entries(query.filters).map(([key, value]) => [names[key] ?? key, value]))
  return `(() => {
    const filters = ${JSON.stringify(filters)}
    for (const select of document.querySelectorAll('select[data-filter]')) select.value = filters[select.dataset.filter] ?? ''
    const form = document.querySelector('form.search-form')
    form.querySelector('input[name="q"]').value = ${JSON.stringify(query.query)}
    window.__benchDone = null
    const started = performance.now()
    form.requestSubmit()
    return started
  })()`
}

async function resultsOf(page: Page): Promise<{ results: number; top: string | null }> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('li.search-result a')]
    return { results: document.querySelectorAll('li.search-result').length, top: links[0] ? new URL(links[0].href).pathname : null }
  })
}

function address(query: BenchQuery): string {
  const params = new URLSearchParams()
  if (query.query) params.set('q', query.query)
  for (const [key, value] of Object.entries(query.filters)) params.set(key, value)
  const search = params.toString()
  return search ? `?${search}` : ''
}
