/**
 * npm run bench -- searchcost --dist DIR [query ...]: where a search's bytes and time go on a
 * built site, the profile behind docs/benchmarks.md's search sections. For each query:
 * - what a first query on a fresh page fetched until its whole first page was on screen, by
 *   kind (the page, Pagefind's code, its WebAssembly, index metadata, word chunks, result
 *   fragments, name and number files), as the server sent them (gzip, as a production host),
 *   Pagefind's worker's requests included.
 * - what Pagefind itself costs for the query: its search run in the page (its worker turned
 *   off so that the page can time it), once with the word chunks still to fetch and once more
 *   with everything cached, with the pages it matched and the positions it returned.
 * Figures only; nothing asserts on time.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { launchChromium } from '../../cms/print/chromium'
import { searchPath } from '../../core/addresses'
import { type CountingServer, startCountingServer } from '../searchEval/gzipServer'

export const FETCH_KINDS = ['page', 'pagefind code', 'wasm', 'meta', 'chunks', 'fragments', 'filters', 'names and numbers'] as const
export type FetchKind = (typeof FETCH_KINDS)[number]

export type SearchCost = {
  query: string
  /** Per kind: files fetched (a file fetched twice counts twice) and their bytes as sent, until the whole first page was on screen. */
  fetched: Record<FetchKind, { files: number; bytes: number }>
  /** Pagefind's own search in the page: matched pages, word positions returned, and its time. */
  pagefind: { pages: number; positions: number; coldMs: number; cachedMs: number }
}

const DEFAULT_QUERIES = ['养老', '统计调查', '政务公开']

export async function benchSearchCost(dist: string, queries: string[]): Promise<SearchCost[]> {
  const root = path.resolve(dist)
  if (!fs.existsSync(path.join(root, 'search', 'index.html'))) throw new Error(`不是已构建的网站（缺少 search/index.html）：${root}`)
  const server = await startCountingServer(root)
  const browser = await launchChromium()
  try {
    const costs: SearchCost[] = []
    for (const query of queries.length > 0 ? queries : DEFAULT_QUERIES) {
      costs.push({
        query,
        fetched: await fetchedFor(browser, server, query),
        pagefind: await pagefindCost(browser, server.url, query),
      })
    }
    return costs
  } finally {
    await browser.close()
    await server.close()
  }
}

export function printSearchCost(costs: SearchCost[], log: (line: string) => void = console.log): void {
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`
  for (const cost of costs) {
    // The filter counts load after the results (unless the address names a filter), and may
    // or may not have arrived when the first page is seen: listed, not added up.
    const total = FETCH_KINDS.reduce((sum, kind) => (kind === 'filters' ? sum : sum + cost.fetched[kind].bytes), 0)
    log(`${cost.query}：首次查询至第一页完整 ${kb(total)}`)
    for (const kind of FETCH_KINDS) {
      const { files, bytes } = cost.fetched[kind]
      if (files > 0) log(`  ${kind}: ${files} 个文件 ${kb(bytes)}${kind === 'filters' ? '（结果之后读取，未计入）' : ''}`)
    }
    const { pages, positions, coldMs, cachedMs } = cost.pagefind
    log(
      `  Pagefind：匹配 ${pages} 页、${positions} 个词位置；检索 ${Math.round(coldMs)} ms（含取词块），再次 ${Math.round(cachedMs)} ms（全部已缓存）`,
    )
  }
}

function kindOf(pathname: string): FetchKind {
  if (pathname.endsWith('.pf_meta')) return 'meta'
  if (pathname.endsWith('.pf_index')) return 'chunks'
  if (pathname.endsWith('.pf_fragment')) return 'fragments'
  if (pathname.endsWith('.pf_filter')) return 'filters'
  if (/\/wasm\.[^/]*\.pagefind$/.test(pathname)) return 'wasm'
  if (pathname.startsWith('/pagefind')) return 'pagefind code'
  if (pathname.startsWith('/search/names/') || pathname.startsWith('/numbers/')) return 'names and numbers'
  return 'page'
}

async function fetchedFor(browser: Browser, server: CountingServer, query: string): Promise<SearchCost['fetched']> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const before = server.responses().length
    await page.goto(`${server.url}${searchPath(query)}`)
    await page.waitForFunction((wanted) => document.querySelector<HTMLElement>('ol.search-results')?.dataset.query === wanted, query, {
      timeout: 60_000,
    })
    const fetched = Object.fromEntries(FETCH_KINDS.map((kind) => [kind, { files: 0, bytes: 0 }])) as SearchCost['fetched']
    for (const { path: pathname, bytes } of server.responses().slice(before)) {
      const entry = fetched[kindOf(pathname)]
      entry.files += 1
      entry.bytes += bytes
    }
    return fetched
  } finally {
    await context.close()
  }
}

async function pagefindCost(browser: Browser, url: string, query: string): Promise<SearchCost['pagefind']> {
  const context = await browser.newContext()
  // Without a Worker, Pagefind searches in the page, where its time can be read.
  await context.addInitScript(() => Object.defineProperty(globalThis, 'Worker', { value: undefined }))
  try {
    const page = await context.newPage()
    await page.goto(`${url}/search/`)
    await page.waitForFunction(() => /请输入关键词/.test(document.querySelector('.search-status')?.textContent ?? ''), undefined, {
      timeout: 60_000,
    })
    // The page has merged the index parts once it stops fetching.
    await page.waitForLoadState('networkidle')
    return (await page.evaluate(pagefindCostScript(query))) as SearchCost['pagefind']
  } finally {
    await context.close()
  }
}

/**
 * Runs in the page: the page's own Pagefind (its parts already merged; a module is loaded once
 * per page) searched for the query's words, split as the page splits them, twice. A string, not
 * a function: a test runner that rewrites `import()` in this file must not rewrite the page's.
 */
function pagefindCostScript(query: string): string {
  return `(async () => {
    const pagefind = await import('/pagefind/pagefind.js')
    const words = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(${JSON.stringify(query)})]
      .filter((segment) => segment.isWordLike)
      .map((segment) => segment.segment)
      .join(' ')
    let started = performance.now()
    const found = await pagefind.search(words)
    const coldMs = performance.now() - started
    started = performance.now()
    await pagefind.search(words)
    const cachedMs = performance.now() - started
    const positions = found.results.reduce((sum, result) => sum + result.words.length, 0)
    return { pages: found.results.length, positions, coldMs, cachedMs }
  })()`
}
