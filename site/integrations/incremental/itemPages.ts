/**
 * The fingerprints of the pages that stand for one item each (site/lib/itemPages/itemRoutes.ts):
 * a document (or its withdrawal notice), an interpretation, a number's address, a shard of
 * the name index. An edit changes a few of them, so an incremental build renders only those
 * whose fingerprint changed and keeps the others from the previous build. Every other page
 * (lists, catalogues, feeds, the home page…) is rendered on every build.
 *
 * Nothing here lists what a page shows: a page's fingerprint is the hash of the props its
 * route renders it from, made by the same function that gives the route its paths, and
 * of the global fingerprint (the site's code, the gazette settings, the site's address).
 * test/unit/itemPageProps.test.ts holds the item pages to their props, and
 * test/e2e/incrementalBuild.test.ts compares an incremental build with a full one.
 */
import { createHash } from 'node:crypto'

import { DOCUMENTS_PATH, INTERPRETATIONS_PATH } from '../../../core/addresses'
import type { ItemPage } from '../../lib/itemPages/itemPage'
import { itemRoutes } from '../../lib/itemPages/itemRoutes'
import type { SnapshotReader } from '../../lib/snapshotReader'
import { stableJson } from './stableJson'
import { runConcurrently } from '../../../core/runConcurrently'

/** Pages whose props are read at once: enough to keep the disk busy, few enough that records do not pile up in memory. */
const FINGERPRINT_CONCURRENCY = 32

/** Page address → fingerprint of what the page shows. */
export type PageFingerprints = Map<string, string>

/** Only document and interpretation pages are in the search index. */
export const isIndexedPage = (url: string) => url.startsWith(DOCUMENTS_PATH) || url.startsWith(INTERPRETATIONS_PATH)

export async function itemPageFingerprints(snapshot: SnapshotReader, global: string): Promise<PageFingerprints> {
  const pages: Array<ItemPage<Record<string, string>, Record<string, unknown>>> = []
  for (const route of itemRoutes) pages.push(...(await route(snapshot)))
  const fingerprints: PageFingerprints = new Map()
  for (const { url } of pages) {
    // Two routes at one address would publish one page over the other.
    if (fingerprints.has(url)) throw new Error(`Two item pages at ${url}.`)
    fingerprints.set(url, '')
  }
  await runConcurrently(
    pages.map((page) => async () => fingerprints.set(page.url, pageFingerprint(global, await page.props()))),
    FINGERPRINT_CONCURRENCY,
  )
  return fingerprints
}

export function pageFingerprint(global: string, props: object): string {
  return hash(global, stableJson(props))
}

export function hash(...parts: Array<string | Buffer>): string {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\0')
  return digest.digest('hex').slice(0, 20)
}
