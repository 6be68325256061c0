/**
 * The search index built in parts by worker processes, side by side, on a small site
 * written to a temporary folder: real Pagefind, real workers. Every page must land in
 * exactly one part, every worker's answer must arrive whole however large, and a part that
 * cannot be written must fail the build with Pagefind's reason, leaving no worker or
 * Pagefind process behind.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { AstroIntegrationLogger } from 'astro'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { processTree } from '../../scripts/bench/scale/processTree'
import { readFragments } from '../../core/build/searchFragments'
import { buildIndex } from '../../site/integrations/pagefind'
import { INDEX_LANGUAGE } from '../../site/integrations/pagefind/segmentedHtml'

let siteDir: string
let logged: string[]
const logger = { info: (line: string) => logged.push(line), warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger

function writePage(name: string, year: string, head = ''): void {
  const file = path.join(siteDir, name, 'index.html')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(
    file,
    `<!doctype html><html lang="zh-CN"><head><title>${name}</title>${head}</head><body><nav>目录</nav>` +
      `<article data-pagefind-body data-pagefind-filter="年份:${year}"><h1>${name}</h1><p>关于推进政务公开工作的通知</p></article></body></html>`,
  )
}

beforeEach(() => {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-search-workers-'))
  logged = []
  for (const year of ['2019', '2020', '2021', '2022']) writePage(`documents/${year}-a`, year)
  // A head longer than the part the page scan reads first: the page must still be found, with its year.
  writePage('documents/2021-long-head', '2021', '<meta name="description" content="长">'.repeat(400))
  fs.writeFileSync(path.join(siteDir, 'index.html'), '<!doctype html><html lang="zh-CN"><body><h1>首页</h1></body></html>')
  vi.stubEnv('SEARCH_INDEX_PART_SIZE', '1')
  vi.stubEnv('SEARCH_INDEX_CONCURRENCY', '3')
})

afterEach(() => {
  vi.unstubAllEnvs()
  fs.rmSync(siteDir, { recursive: true, force: true })
})

const pageCount = (part: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(siteDir, part, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>
    }
  ).languages[INDEX_LANGUAGE]?.page_count

describe('the search index built by parallel workers', () => {
  it('indexes every page once, one part per year, newest first', async () => {
    const { parts, fragments } = await buildIndex(siteDir, logger)
    expect(parts).toEqual(['pagefind-parts/1', 'pagefind-parts/2', 'pagefind-parts/3'])
    // Which page each fragment holds, from every part, as the workers read them.
    expect(fragments).toEqual(await readFragments(['pagefind', ...parts].map((part) => path.join(siteDir, part))))
    expect(Object.keys(fragments ?? {}).sort()).toEqual(
      ['2019-a', '2020-a', '2021-a', '2021-long-head', '2022-a'].map((name) => `/documents/${name}/`),
    )
    const { parts: others } = JSON.parse(fs.readFileSync(path.join(siteDir, 'pagefind', 'parts.json'), 'utf8')) as { parts: string[] }
    expect(others).toEqual(['/pagefind-parts/1/', '/pagefind-parts/2/', '/pagefind-parts/3/'])
    expect(['pagefind', ...others].map((part) => pageCount(part))).toEqual([1, 2, 1, 1])
    expect(logged.at(-1)).toMatch(/^Pagefind indexed 5 pages into .*\/pagefind in [\d.]+ s, in 4 part\(s\)\.$/)
  })

  it('answers whole for a part larger than a pipe holds at once', async () => {
    // 3,000 pages' fragments are far more than the 64 KB a pipe takes before the worker must wait.
    for (let page = 0; page < 3000; page++) writePage(`documents/2023-${String(page).padStart(4, '0')}`, '2023')
    vi.stubEnv('SEARCH_INDEX_PART_SIZE', '5000')
    const { parts, fragments } = await buildIndex(siteDir, logger)
    expect(parts).toEqual([])
    expect(Object.keys(fragments ?? {})).toHaveLength(3005)
    expect(logged.at(-1)).toMatch(/^Pagefind indexed 3005 pages into /)
  })

  it('fails with the reason when a part cannot be written, and leaves no process behind', async () => {
    // A file where the other parts' folder should be: Pagefind cannot write parts 1 to 3.
    fs.writeFileSync(path.join(siteDir, 'pagefind-parts'), '')
    const failure = await buildIndex(siteDir, logger).then(
      () => undefined,
      (error: Error) => error,
    )
    expect(failure?.message).toBe('Pagefind indexing failed.')
    expect(String((failure?.cause as Error | undefined)?.message)).toMatch(/pagefind-parts\/\d[\s\S]*Not a directory/)
    expect(processTree(process.pid)).toEqual([process.pid])
  })
})
