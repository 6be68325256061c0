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

/** Every publication decided through the review workflow: a publisher's (or an admin's) decision. */
const DECIDED_BY = 'publisher'

export async function loggedItems(distDir: string, snapshotDir: string, manifest: Manifest): Promise<ItemRecord[]> {
  const records: ItemRecord[] = []
  // Parsed as the site parses them, so that the content fingerprint a page shows is this one.
  const readRecord = (relative: string): unknown => JSON.parse(fs.readFileSync(path.join(snapshotDir, relative), 'utf8'))
  for (const summary of manifest.documents) {
    const record = documentSchema.parse(readRecord(snapshotPaths.document(summary.id)))
    records.push({
      item: { type: 'document', id: summary.id },
      date: summary.publishedDate,
      decidedBy: DECIDED_BY,
      files: [
        page(distDir, documentPath(summary.id)),
        ...versionPages(distDir, summary.id, summary.versionCount),
        ...folderFiles(distDir, path.join('files', summary.id)),
      ],
      contentHash: await sha256Hex(canonicalJson(record)),
    })
  }
  for (const withdrawn of manifest.withdrawn) {
    records.push({
      item: { type: 'document', id: withdrawn.id },
      date: withdrawn.withdrawnOn,
      decidedBy: DECIDED_BY,
      files: [page(distDir, documentPath(withdrawn.id))],
      contentHash: await sha256Hex(canonicalJson(withdrawn)),
      withdrawn: true,
    })
  }
  for (const summary of manifest.interpretations) {
    const record = interpretationSchema.parse(readRecord(snapshotPaths.interpretation(summary.id)))
    records.push({
      item: { type: 'interpretation', id: summary.id },
      date: summary.publishedDate,
      decidedBy: DECIDED_BY,
      files: [page(distDir, interpretationPath(summary.id)), ...folderFiles(distDir, path.join('files', 'interpretations', summary.id))],
      contentHash: await sha256Hex(canonicalJson(record)),
    })
  }
  for (const issue of manifest.issues) {
    const urls = [issue.pdf?.url, issue.cover?.url, issue.cover?.thumbnailUrl].filter((url): url is string => Boolean(url))
    records.push({
      item: { type: 'issue', id: issue.id },
      date: issue.publicationDate,
      decidedBy: DECIDED_BY,
      files: [page(distDir, issuePath(issue)), ...sorted(urls.map((url) => file(distDir, url)))],
      contentHash: await sha256Hex(canonicalJson(issue)),
      corrections: issue.corrections.length,
    })
  }
  return records
}

/** A page: its address (ending in /) and the hash of its index.html. */
function page(distDir: string, address: string): LoggedFile {
  return { path: address, sha256: hashFile(path.join(distDir, decodeURI(address), 'index.html')) }
}

/** An uploaded file: its folder's address (not its name) and its hash. */
function file(distDir: string, address: string): LoggedFile {
  return { path: address.replace(/[^/]*$/, ''), sha256: hashFile(path.join(distDir, decodeURIComponent(address))) }
}

function folderFiles(distDir: string, relative: string): LoggedFile[] {
  const folder = `/${relative.split(path.sep).map(encodeURIComponent).join('/')}/`
  const dir = path.join(distDir, relative)
  if (!fs.existsSync(dir)) return []
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  return sorted(files.map((entry) => ({ path: folder, sha256: hashFile(path.join(entry.parentPath, entry.name)) })))
}

/** Files of one folder in the order of their hashes, the same however the folder was written. */
function sorted(files: LoggedFile[]): LoggedFile[] {
  return files.sort((a, b) => (a.path === b.path ? (a.sha256 < b.sha256 ? -1 : 1) : a.path < b.path ? -1 : 1))
}

function hashFile(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** A document's pages of earlier versions and their comparisons (core/history/comparedPairs.ts), when it has more than one version. */
function versionPages(distDir: string, id: string, count: number): LoggedFile[] {
  if (count < 2) return []
  const numbers = Array.from({ length: count }, (_, index) => index + 1)
  return [
    ...numbers.map((n) => page(distDir, versionPath(id, n))),
    ...numbers.slice(1).map((n) => page(distDir, versionChangesPath(id, n))),
    ...(hasCompareForm(count) ? [page(distDir, versionComparePath(id))] : []),
    // Consecutive pairs are the changes pages above.
    ...comparedPairs(count)
      .filter(({ from, to }) => to !== from + 1)
      .map(({ from, to }) => page(distDir, versionPairPath(id, from, to))),
  ]
}
