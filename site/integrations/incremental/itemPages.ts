/**
 * The pages that stand for one item each: a document (or its withdrawal notice), an
 * interpretation, a number's address. An edit changes a few of them, so an incremental
 * build renders only those whose inputs changed and keeps the others from the previous
 * build. Every other page (lists, catalogues, feeds, the home page…) is rendered on every
 * build. Each fingerprint covers everything its page reads beyond the site's code and the
 * gazette settings (those are the global fingerprint): when a page starts reading
 * something new, it belongs here, and test/e2e/incrementalBuild.test.ts compares an
 * incremental build with a full one to catch a page that reads more than it says.
 */
import { createHash } from 'node:crypto'
import { join } from 'node:path'

import { type Manifest, snapshotPaths } from '../../../core/snapshot/schema'
import { boundedReadFile } from '../../lib/boundedReadFile'
import { explainedIssuers } from '../../lib/explainedIssuers'
import { printedIn } from '../../lib/issues/issues'
import { numberEntries } from '../../lib/numbers/entries'
import { groupBy, isOrder, isStandard } from '../../lib/numbers/groups'
import { withdrawnNotices } from '../../lib/withdrawn'
import { documentPath, DOCUMENTS_PATH, interpretationPath, INTERPRETATIONS_PATH, numberPath } from '../../../core/addresses'

/** Page address → fingerprint of what the page shows. */
export type PageFingerprints = Map<string, string>

/** Only document and interpretation pages are in the search index. */
export const isIndexedPage = (url: string) => url.startsWith(DOCUMENTS_PATH) || url.startsWith(INTERPRETATIONS_PATH)

export async function itemPageFingerprints(snapshotDir: string, manifest: Manifest): Promise<PageFingerprints> {
  const pages: PageFingerprints = new Map()
  // File text, not parsed objects: the page renders exactly what the file holds.
  const read = (relative: string) => boundedReadFile(join(snapshotDir, relative))
  await Promise.all([
    ...manifest.documents.map(async ({ id }) => {
      const printed = printedIn(manifest, 'document', id)
      pages.set(documentPath(id), hash(await read(snapshotPaths.document(id)), JSON.stringify(printed)))
    }),
    ...manifest.interpretations.map(async ({ id }) => {
      const text = await read(snapshotPaths.interpretation(id))
      const issuers = explainedIssuers(JSON.parse(text) as { documents: Array<{ id: string }> }, manifest.documents)
      pages.set(interpretationPath(id), hash(text, JSON.stringify(issuers), JSON.stringify(printedIn(manifest, 'interpretation', id))))
    }),
  ])
  for (const notice of withdrawnNotices(manifest)) pages.set(documentPath(notice.id), hash('withdrawn', JSON.stringify(notice)))
  // A number's page is rendered from its group of entries alone (the routes' props).
  const numbered = numberEntries(manifest.documents).filter((entry) => isStandard(entry) || isOrder(entry))
  for (const [path, group] of groupBy(numbered, (entry) => numberPath(entry.parts))) pages.set(path, hash(JSON.stringify(group)))
  return pages
}

export function hash(...parts: Array<string | Buffer>): string {
  const digest = createHash('sha256')
  for (const part of parts) digest.update(part).update('\0')
  return digest.digest('hex').slice(0, 20)
}
