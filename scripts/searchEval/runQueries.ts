/**
 * Runs the query set through the site's own search page in headless Chromium: each query
 * once as the first query of a fresh page load (empty cache) and once more as a warm query
 * typed into an already open search page. Measures what the reader waits for (until the
 * first page of results is on screen) and what the server sent meanwhile.
 */
import type { Browser, Page } from 'playwright-core'

import type { RankingOptions } from '../../site/lib/search/ranking'
import type { CountingServer } from './gzipServer'
import type { EvalQuery } from './queries'
import { searchPath } from '../../core/addresses'

export interface QueryRun {
  query: EvalQuery
  /** Result addresses in the order shown (first page). */
  results: string[]
  firstMs: number
  firstBytes: number
  /**
   * Until the first results were on screen: what the query names (a title, 简称, 曾用名,
   * document number) is listed before full text arrives; for other queries the same as first.
   * Bytes read once the page said so, so a few more of Pagefind's may be counted.
   */
  answeredMs: number
  answeredBytes: number
  /** Everything the fresh page fetched once idle, including what it loads after the results (filter counts). */
  pageBytes: number
  warmMs: number
  warmBytes: number
}

/** The list's marks (site/scripts/search/page.ts): its first results, and its whole first page. */
const MARKS = {
  answered: { query: 'answeredQuery', at: 'answeredAt' },
  rendered: { query: 'query', at: 'renderedAt' },
} as const

/** Until the list says it showed `mark` for the query after `after` (page time); resolves with when. */
async function shown(page: Page, query: string, mark: keyof typeof MARKS, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    ([wanted, since, keys]) => {
      const list = document.querySelector<HTMLElement>('ol.search-results')
      const at = Number(list?.dataset[keys.at])
      return list?.dataset[keys.query] === wanted && at > since ? at : false
    },
    [query.trim(), after, MARKS[mark]] as const,
    { timeout: 30_000, polling: 'raf' },
  )
  return Number(await handle.jsonValue())
}

const resultUrls = (page: Page) =>
  page.$$eval('ol.search-results > li.search-result > a', (links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  )

async function preparedContext(browser: Browser, ranking: RankingOptions | undefined) {
  const context = await browser.newContext()
  if (ranking) await context.addInitScript((weights) => (globalThis.__GONGBAO_RANKING__ = weights), ranking)
  return context
}

export async function runQueries(
  browser: Browser,
  server: CountingServer,
  queries: readonly EvalQuery[],
  ranking?: RankingOptions,
  progress: (line: string) => void = () => {},
): Promise<QueryRun[]> {
  const runs: QueryRun[] = []
  const warmContext = await preparedContext(browser, ranking)
  const warm = await warmContext.newPage()
  await warm.goto(`${server.url}/search/`)
  await warm.waitForFunction(() => /请输入关键词/.test(document.querySelector('.search-status')?.textContent ?? ''))

  for (const query of queries) {
    // First query of a page load: a new context has an empty cache, like a first visit.
    const coldContext = await preparedContext(browser, ranking)
    const cold = await coldContext.newPage()
    let before = server.bytesSent()
    await cold.goto(`${server.url}${searchPath(query.query)}`)
    // answeredAt and renderedAt count from the start of navigation: the wait of a reader following a link.
    const answeredMs = await shown(cold, query.query, 'answered')
    const answeredBytes = server.bytesSent() - before
    const firstMs = await shown(cold, query.query, 'rendered')
    const firstBytes = server.bytesSent() - before
    await cold.waitForLoadState('networkidle')
    const pageBytes = server.bytesSent() - before
    await coldContext.close()

    before = server.bytesSent()
    const started = await warm.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('input[name="q"]')
      if (!input) throw new Error('no search box')
      input.value = text
      const startedAt = performance.now()
      input.form?.requestSubmit()
      return startedAt
    }, query.query)
    const finished = await shown(warm, query.query, 'rendered', started)
    const run: QueryRun = {
      query,
      results: await resultUrls(warm),
      firstMs,
      firstBytes,
      answeredMs,
      answeredBytes,
      pageBytes,
      warmMs: finished - started,
      warmBytes: server.bytesSent() - before,
    }
    runs.push(run)
    progress(`${runs.length}/${queries.length} ${query.category} ${query.query}`)
  }
  await warmContext.close()
  return runs
}
