/**
 * The search index of an incremental build. The full index's parts are kept from the
 * previous build as they are; the pages rendered again since that full index (an edited
 * document…) are indexed on their own into /pagefind-delta/, a few seconds for a few
 * hundred pages. The parts manifest tells the search page which of the parts' entries the
 * delta supersedes, and the superseded fragments (an old version's full text) are left
 * out of the new build. Past SEARCH_DELTA_LIMIT changed pages, a full index is cheaper to
 * search than a large delta, and the caller builds one. So does a page that left the
 * index (withdrawn, no longer public, deleted): the parts hold its words and their
 * positions, from which its text could be pieced together, so no part may be kept.
 */
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

import type { AstroIntegrationLogger } from 'astro'

import { readFragments } from '../../../core/build/searchFragments'
import { DELTA_PATH, type DeltaIndex } from '../../lib/search/partsManifest'
import type { IndexedFragment, SearchState } from '../incremental/buildState'
import { linkFolder, pageFile } from '../incremental/carryOver'
import { isIndexedPage } from '../incremental/itemPages'
import type { RenderPlan } from '../incremental/renderPlan'
import { indexPartInWorker } from './indexPartInWorker'
import { PARTS_MANIFEST } from './indexParts'
import { writePartsManifest } from './partsManifestFile'

/** SEARCH_DELTA_LIMIT: changed pages a delta index may hold before the next build indexes everything again. */
export const DEFAULT_DELTA_LIMIT = 1000

type Incremental = Extract<RenderPlan, { mode: 'incremental' }>

/** The new search state, or null when the delta would pass the limit (build a full index instead). */
export async function updateDeltaIndex(
  siteDir: string,
  plan: Incremental,
  limit: number,
  logger: AstroIntegrationLogger,
): Promise<SearchState | null> {
  const started = performance.now()
  const previous = plan.previous.search
  const changed = [...new Set([...previous.changed, ...[...plan.render, ...plan.removed].filter(isIndexedPage)])].sort()
  if (changed.length > limit) {
    logger.info(`${changed.length} indexed page(s) changed since the full index (limit ${limit}): indexing everything again.`)
    return null
  }
  const baseDirs = ['pagefind', ...previous.parts]
  // The full index's workers read its fragments; a state written before they did has none.
  const fragments = previous.fragments ?? (await readFragments(baseDirs.map((dir) => join(plan.previousDir, dir))))

  const pages: string[] = []
  const gone: string[] = []
  for (const url of changed) {
    const html = await readFile(join(siteDir, pageFile(url)), 'utf8').catch(() => null)
    if (html !== null && html.includes('data-pagefind-body')) pages.push(join(siteDir, pageFile(url)))
    // Gone, or a withdrawal notice, while the parts still hold its text.
    else if (fragments[url]) gone.push(url)
  }
  if (gone.length > 0) {
    logger.info(
      `${gone.length} indexed page(s) left the site since the full index (${gone.slice(0, 3).join(', ')}): indexing everything again.`,
    )
    return null
  }
  for (const dir of baseDirs) await linkFolder(plan.previousDir, siteDir, dir, (file) => file === PARTS_MANIFEST)
  const deltaDir = join(siteDir, DELTA_PATH)
  await rm(deltaDir, { recursive: true, force: true })
  // Indexed by a part worker, as the full index's parts are.
  const indexed =
    pages.length > 0
      ? (await indexPartInWorker({ siteDir, files: pages, outputPath: deltaDir }, new AbortController().signal)).fragments
      : {}

  const delta: DeltaIndex = { path: DELTA_PATH, superseded: [], repeated: [], overcounted: {} }
  for (const url of changed) {
    const old = fragments[url]
    if (!old) continue
    // A page indexed again unchanged keeps its id: the search page lists it once.
    if (indexed[url]?.id === old.id) delta.repeated.push(old.id)
    else delta.superseded.push(old.id)
    for (const [name, values] of Object.entries(old.filters)) {
      const counts = (delta.overcounted[name] ??= {})
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1
    }
  }
  // Pagefind's ids are short hashes, unique within one index only. The search page tells
  // entries apart by id alone, so an id it acts on must name one page across all indexes.
  const shared = sharedIds([fragments, indexed], [...delta.superseded, ...delta.repeated])
  if (shared.length > 0) {
    logger.info(`Pagefind ids ${shared.join(', ')} name more than one page: indexing everything again.`)
    // The full index must be written afresh, never through files linked from the previous build.
    for (const dir of [...baseDirs, DELTA_PATH]) await rm(join(siteDir, dir), { recursive: true, force: true })
    return null
  }
  // The search page drops superseded entries before fetching any fragment: the old text need not be served.
  for (const id of delta.superseded) {
    for (const dir of baseDirs) await rm(join(siteDir, dir, 'fragment', `${id}.pf_fragment`), { force: true })
  }
  await writePartsManifest(siteDir, {
    parts: previous.parts.map((part) => `/${part}/`),
    delta: pages.length > 0 || delta.superseded.length > 0 ? delta : null,
  })
  // The benchmark reads this line (scripts/bench/scale/buildOutput.ts): keep "indexed N pages into … in S s".
  logger.info(
    `Pagefind indexed ${pages.length} pages into ${deltaDir} in ${((performance.now() - started) / 1000).toFixed(2)} s, a delta over ${baseDirs.length} part(s) (${changed.length} changed since the full index, ${delta.superseded.length} superseded).`,
  )
  return { parts: previous.parts, changed, fragments }
}

/** Of the ids given, those that more than one page has, in any of the indexes. */
function sharedIds(indexes: Array<Record<string, IndexedFragment>>, ids: readonly string[]): string[] {
  const wanted = new Set(ids)
  const pagesById = new Map<string, Set<string>>()
  for (const index of indexes) {
    for (const [url, { id }] of Object.entries(index)) if (wanted.has(id)) pagesById.set(id, (pagesById.get(id) ?? new Set()).add(url))
  }
  return [...pagesById].filter(([, urls]) => urls.size > 1).map(([id]) => id)
}
