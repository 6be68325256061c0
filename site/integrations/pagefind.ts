import { readdir, readFile, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

import type { SearchState } from './incremental/buildState'
import type { IncrementalBuild } from './incremental'
import { DEFAULT_DELTA_LIMIT, updateDeltaIndex } from './pagefind/deltaIndex'
import { DEFAULT_PART_SIZE, indexParts, partPath, type IndexedPage } from './pagefind/indexParts'
import { writePartsManifest } from './pagefind/partsManifestFile'

/**
 * Indexes the built site with Pagefind and writes the index to `<outDir>/pagefind/`
 * (and, for a large gazette, further parts by year to `<outDir>/pagefind-parts/<n>/`,
 * listed in `/pagefind/parts.json` for the search page to merge). Only elements marked `data-pagefind-body` (the articles of document and
 * interpretation pages, told apart by their 类型 filter) are indexed; withdrawal
 * notices and list pages are not. Chinese word segmentation follows from `<html lang="zh-CN">`.
 */
export function pagefindIntegration(incremental?: IncrementalBuild): AstroIntegration {
  return {
    name: 'gongbao:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir)
        const plan = incremental?.plan()
        // An incremental build indexes only what changed, unless that has grown too large.
        const delta = plan?.mode === 'incremental' ? await updateDeltaIndex(siteDir, plan, deltaLimit(), logger) : null
        const search: SearchState = delta ?? { parts: await buildIndex(siteDir, logger), changed: [] }
        await incremental?.saveState(search)
      },
    },
  }
}

function deltaLimit(): number {
  const value = Number(process.env.SEARCH_DELTA_LIMIT)
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_DELTA_LIMIT
}

/** The full index, in parts; returns the parts after the first (`pagefind-parts/<n>`). */
async function buildIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<string[]> {
  const started = performance.now()
  const partSize = Number(process.env.SEARCH_INDEX_PART_SIZE) > 0 ? Number(process.env.SEARCH_INDEX_PART_SIZE) : DEFAULT_PART_SIZE
  // Written afresh: an incremental build's folder may hold index files linked from the previous build.
  for (const dir of ['pagefind', 'pagefind-parts', 'pagefind-delta']) await rm(join(siteDir, dir), { recursive: true, force: true })
  const parts = indexParts(await indexedPages(siteDir), partSize)
  logger.info(`Indexing the site with Pagefind in ${Math.max(1, parts.length)} part(s)…`)
  try {
    let indexed = 0
    // At least one index, even for a site with nothing to index: the search page needs /pagefind/.
    for (const [number, pages] of (parts.length > 0 ? parts : [[]]).entries()) {
      const { index } = assertOk(await pagefind.createIndex(), logger)
      if (!index) throw new Error('Pagefind returned no index.')
      for (const page of pages) {
        assertOk(await index.addHTMLFile({ sourcePath: relative(siteDir, page.file), content: await readFile(page.file, 'utf8') }), logger)
      }
      const outputPath = join(siteDir, partPath(number))
      assertOk(await index.writeFiles({ outputPath }), logger)
      indexed += await countIndexedPages(outputPath)
      // Each part's memory is given back before the next one is built.
      await pagefind.close()
    }
    const others = parts.slice(1).map((_, offset) => partPath(offset + 1))
    await writePartsManifest(siteDir, { parts: others.map((part) => `/${part}/`), delta: null })
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    // The benchmark reads this line (scripts/bench/scale/buildOutput.ts): keep "indexed N pages into … in S s".
    logger.info(
      `Pagefind indexed ${indexed} pages into ${join(siteDir, 'pagefind')} in ${seconds} s, in ${Math.max(1, parts.length)} part(s).`,
    )
    return others
  } catch (error) {
    // Astro stops the build on a thrown error; a site without a search index must not ship.
    throw new Error('Pagefind indexing failed.', { cause: error })
  } finally {
    await pagefind.close()
  }
}

/**
 * The pages that opt in with data-pagefind-body, each with the year of its 年份 filter
 * (document and interpretation pages carry one); other pages are not indexed.
 */
async function indexedPages(siteDir: string): Promise<IndexedPage[]> {
  const files = (await readdir(siteDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(join(siteDir, 'pagefind')))
    .sort()
  const pages: IndexedPage[] = []
  for (const file of files) {
    const html = await readFile(file, 'utf8')
    if (!html.includes('data-pagefind-body')) continue
    pages.push({ file, year: /data-pagefind-filter="年份:(\d{4})"/.exec(html)?.[1] ?? '0000' })
  }
  return pages
}

/** Pages that opted in with data-pagefind-body, summed over languages (Pagefind's own count). */
async function countIndexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)
}

function assertOk<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`)
    throw new Error(`Pagefind reported ${response.errors.length} error(s).`)
  }
  return response
}
