import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'

import type { IncrementalBuild } from './incremental'
import type { SearchState } from './incremental/buildState'
import { DEFAULT_DELTA_LIMIT, updateDeltaIndex } from './pagefind/deltaIndex'
import { indexedPages } from './pagefind/indexedPages'
import { type IndexedPart, indexPartInWorker } from './pagefind/indexPartInWorker'
import { DEFAULT_PART_SIZE, indexParts, partPath } from './pagefind/indexParts'
import { writePartsManifest } from './pagefind/partsManifestFile'
import { runConcurrently } from '../../core/runConcurrently'

/**
 * Indexes the built site with Pagefind and writes the index to `<outDir>/pagefind/`
 * (and, for a large gazette, further parts by year to `<outDir>/pagefind-parts/<n>/`,
 * listed in `/pagefind/parts.json` for the search page to merge). Only elements marked `data-pagefind-body` (the articles of document and
 * interpretation pages, told apart by their 类型 filter) are indexed; withdrawal
 * notices and list pages are not. Chinese text reaches Pagefind already split into words, the
 * way the search page splits queries (pagefind/segmentedHtml.ts).
 * An incremental build keeps the full index's parts and indexes what changed into a delta
 * (pagefind/deltaIndex.ts).
 */
export function pagefindIntegration(incremental?: IncrementalBuild): AstroIntegration {
  return {
    name: 'gongbao:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir)
        const started = performance.now()
        const plan = incremental?.plan()
        // An incremental build indexes only what changed, unless that has grown too large.
        const delta = plan?.mode === 'incremental' ? await updateDeltaIndex(siteDir, plan, deltaLimit(), logger) : null
        const search: SearchState = delta ?? { ...(await buildIndex(siteDir, logger)), changed: [] }
        await incremental?.saveState(search, performance.now() - started)
      },
    },
  }
}

function deltaLimit(): number {
  const value = Number(process.env.SEARCH_DELTA_LIMIT)
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_DELTA_LIMIT
}

/**
 * The full index, in parts; returns the parts after the first (`pagefind-parts/<n>`) and
 * which page each fragment holds, over all parts (what a delta index supersedes).
 * Parts are indexed side by side (SEARCH_INDEX_CONCURRENCY, default two), each by a worker
 * process of its own: Pagefind's indexer uses one core, and a worker holds only its part.
 */
export async function buildIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<Pick<SearchState, 'parts' | 'fragments'>> {
  const started = performance.now()
  const concurrency = positiveNumber(process.env.SEARCH_INDEX_CONCURRENCY) ?? Math.min(2, availableParallelism())
  const partSize = positiveNumber(process.env.SEARCH_INDEX_PART_SIZE) ?? DEFAULT_PART_SIZE
  const parts = indexParts(await indexedPages(siteDir), partSize)
  // At least one index, even for a site with nothing to index: the search page needs /pagefind/.
  const jobs = (parts.length > 0 ? parts : [[]]).map((pages, number) => ({
    siteDir,
    files: pages.map((page) => page.file),
    outputPath: join(siteDir, partPath(number)),
  }))
  logger.info(`Indexing the site with Pagefind in ${jobs.length} part(s), ${Math.min(concurrency, jobs.length)} at a time…`)
  // The largest parts first, so that a small one fills the gap at the end instead of a large one running alone.
  const bySize = [...jobs].sort((a, b) => b.files.length - a.files.length)
  let indexedParts: IndexedPart[]
  try {
    indexedParts = await runConcurrently(
      bySize.map((job) => (signal: AbortSignal) => indexPartInWorker(job, signal)),
      concurrency,
    )
  } catch (error) {
    // Astro stops the build on a thrown error; a site without a search index must not ship.
    throw new Error('Pagefind indexing failed.', { cause: error })
  }
  const others = jobs.slice(1).map((_, offset) => partPath(offset + 1))
  await writePartsManifest(siteDir, { parts: others.map((part) => `/${part}/`), delta: null })
  const indexed = indexedParts.reduce((sum, part) => sum + part.pages, 0)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  logger.info(`Pagefind indexed ${indexed} pages into ${join(siteDir, 'pagefind')} in ${seconds} s, in ${jobs.length} part(s).`)
  return { parts: others, fragments: Object.fromEntries(indexedParts.flatMap((part) => Object.entries(part.fragments))) }
}

function positiveNumber(value: string | undefined): number | undefined {
  return Number(value) > 0 ? Math.floor(Number(value)) : undefined
}
