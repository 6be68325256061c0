/**
 * What a finished build publishes, item by item, for the publication log: each public
 * document, interpretation and issue with the public files it produced (its page, its
 * attachments, an issue's print PDF and cover) and their SHA-256, and each withdrawn
 * document with its withdrawal notice. The files are read from the build itself, so the
 * log records the very bytes the public is served (a document's earlier versions and
 * their comparisons included, issue 22); an incremental build and a full
 * build of the same snapshot give the same records because they hold the same files.
 *
 * Items are named by type and id only, never by title, and files by their page's
 * address or, for uploaded files, by their folder only (an uploaded file's name is the
 * uploader's words): the log is append-only and public, and an item may later leave the
 * site (made non-public, deleted), so it must hold no text of its own; hashes and dates
 * reveal nothing of what they certify.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import {
  documentPath,
  interpretationPath,
  issuePath,
  versionChangesPath,
  versionComparePath,
  versionPairPath,
  versionPath,
} from '../../core/addresses'
import { comparedPairs, hasCompareForm } from '../../core/history/comparedPairs'
import { documentSchema, interpretationSchema, type Manifest, snapshotPaths } from '../../core/snapshot/schema'
import { canonicalJson } from '../../core/verify/canonicalJson'
import { sha256Hex } from '../../core/verify/digest'
import type { ItemRecord, LoggedFile } from '../../core/verify/entries'
import { type HashCache, hashCache } from './hashCache'

/** Every publication decided through the review workflow: a publisher's (or an admin's) decision. */
const DECIDED_BY = 'publisher'

/**
 * `cache` holds the previous build's hashes (hashCache.ts): files and records this build
 * shares with it unchanged are not read again. Without one, everything is hashed.
 */
export async function loggedItems(
  distDir: string,
  snapshotDir: string,
  manifest: Manifest,
  cache: HashCache = hashCache(null),
): Promise<ItemRecord[]> {
  const records: ItemRecord[] = []
  const { page, file, folderFiles } = builtFiles(distDir, cache)
  // Parsed as the site parses them, so that the content fingerprint a page shows is this one.
  const recordHash = (relative: string, schema: typeof documentSchema | typeof interpretationSchema): string => {
    const file = path.join(snapshotDir, relative)
    return cache.record(file, () =>
      createHash('sha256')
        .update(canonicalJson(schema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))))
        .digest('hex'),
    )
  }
  for (const summary of manifest.documents) {
    records.push({
      item: { type: 'document', id: summary.id },
      date: summary.publishedDate,
      decidedBy: DECIDED_BY,
      files: [
        page(documentPath(summary.id)),
        ...versionPages(page, summary.id, summary.versionCount),
        ...folderFiles(path.join('files', summary.id)),
      ],
      contentHash: recordHash(snapshotPaths.document(summary.id), documentSchema),
    })
  }
  for (const withdrawn of manifest.withdrawn) {
    records.push({
      item: { type: 'document', id: withdrawn.id },
      date: withdrawn.withdrawnOn,
      decidedBy: DECIDED_BY,
      files: [page(documentPath(withdrawn.id))],
      contentHash: await sha256Hex(canonicalJson(withdrawn)),
      withdrawn: true,
    })
  }
  for (const summary of manifest.interpretations) {
    records.push({
      item: { type: 'interpretation', id: summary.id },
      date: summary.publishedDate,
      decidedBy: DECIDED_BY,
      files: [page(interpretationPath(summary.id)), ...folderFiles(path.join('files', 'interpretations', summary.id))],
      contentHash: recordHash(snapshotPaths.interpretation(summary.id), interpretationSchema),
    })
  }
  for (const issue of manifest.issues) {
    const urls = [issue.pdf?.url, issue.cover?.url, issue.cover?.thumbnailUrl].filter((url): url is string => Boolean(url))
    records.push({
      item: { type: 'issue', id: issue.id },
      date: issue.publicationDate,
      decidedBy: DECIDED_BY,
      files: [page(issuePath(issue)), ...sorted(urls.map((url) => file(url)))],
      contentHash: await sha256Hex(canonicalJson(issue)),
      corrections: issue.corrections.length,
    })
  }
  return records
}

/** The build's public files as the log names them, hashed through the cache. */
function builtFiles(distDir: string, cache: HashCache) {
  return {
    /** A page: its address (ending in /) and the hash of its index.html. */
    page: (address: string): LoggedFile => ({ path: address, sha256: cache.file(path.join(distDir, decodeURI(address), 'index.html')) }),
    /** An uploaded file: its folder's address (not its name) and its hash. */
    file: (address: string): LoggedFile => ({
      path: address.replace(/[^/]*$/, ''),
      sha256: cache.file(path.join(distDir, decodeURIComponent(address))),
    }),
    folderFiles: (relative: string): LoggedFile[] => {
      const folder = `/${relative.split(path.sep).map(encodeURIComponent).join('/')}/`
      const dir = path.join(distDir, relative)
      if (!fs.existsSync(dir)) return []
      const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
      return sorted(files.map((entry) => ({ path: folder, sha256: cache.file(path.join(entry.parentPath, entry.name)) })))
    },
  }
}

/** Files of one folder in the order of their hashes, the same however the folder was written. */
function sorted(files: LoggedFile[]): LoggedFile[] {
  return files.sort((a, b) => (a.path === b.path ? (a.sha256 < b.sha256 ? -1 : 1) : a.path < b.path ? -1 : 1))
}

/** A document's pages of earlier versions and their comparisons (core/history/comparedPairs.ts), when it has more than one version. */
function versionPages(page: (address: string) => LoggedFile, id: string, count: number): LoggedFile[] {
  if (count < 2) return []
  const numbers = Array.from({ length: count }, (_, index) => index + 1)
  return [
    ...numbers.map((n) => page(versionPath(id, n))),
    ...numbers.slice(1).map((n) => page(versionChangesPath(id, n))),
    ...(hasCompareForm(count) ? [page(versionComparePath(id))] : []),
    // Consecutive pairs are the changes pages above.
    ...comparedPairs(count)
      .filter(({ from, to }) => to !== from + 1)
      .map(({ from, to }) => page(versionPairPath(id, from, to))),
  ]
}
