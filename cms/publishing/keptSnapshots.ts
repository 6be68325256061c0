/**
 * Each live build keeps the snapshot it was made from (SITE_ROOT/snapshots/<build id>/),
 * so that the next export starts from it (exportSnapshot's `previous`): rows unchanged
 * since keep their converted body, identical files are linked. The snapshot is stamped
 * with the exporting code; after an upgrade that changed it, the next export is full.
 */
import fs from 'node:fs'
import path from 'node:path'

import { codeStamp } from '../../core/build/codeStamp'
import { reachableFiles } from '../../core/build/importGraph'
import { repoRoot } from '../../core/paths'
import { type Manifest, manifestSchema, snapshotPaths } from '../../core/snapshot/schema'

export const snapshotsDir = (siteRoot: string) => path.join(siteRoot, 'snapshots')
/** Where a build's snapshot is kept, whatever code wrote it. */
export const keptSnapshotDir = (siteRoot: string, buildId: string) => path.join(snapshotsDir(siteRoot), buildId)
const stampFile = (snapshot: string) => `${snapshot}.code`

/** The module that writes a snapshot: what it imports decides how a snapshot file is written from a row. */
export const EXPORT_ENTRY = 'cms/export/exportSnapshot.ts'

/** The code a snapshot depends on: every repository file the export reaches by its imports, and the locked packages. */
export function exportCode(): string[] {
  return [...reachableFiles(repoRoot, EXPORT_ENTRY), 'package-lock.json']
}

/** The kept snapshot of a build, when there is one and the same code wrote it. */
export function keptSnapshot(siteRoot: string, buildId: string): string | undefined {
  return stampedSnapshot(keptSnapshotDir(siteRoot, buildId))
}

/** A snapshot folder, when the export code that wrote it is this one (its stamp says so). */
export function stampedSnapshot(dir: string): string | undefined {
  try {
    return fs.readFileSync(stampFile(dir), 'utf8') === exportCodeStamp() ? dir : undefined
  } catch {
    return undefined
  }
}

/** Stamps a snapshot folder with the export code that wrote it (or takes the stamp away). */
export function stampSnapshot(dir: string, written: boolean): void {
  if (written) fs.writeFileSync(stampFile(dir), exportCodeStamp())
  else fs.rmSync(stampFile(dir), { force: true })
}

/** The manifest of a build's kept snapshot, whatever code wrote it; null when there is none or it does not parse. */
export function keptManifest(siteRoot: string, buildId: string): Manifest | null {
  try {
    const file = path.join(keptSnapshotDir(siteRoot, buildId), snapshotPaths.manifest)
    return manifestSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    return null
  }
}

/** Keeps a finished build's snapshot beside the others (its files are shared with the next export: read-only). */
export function keepSnapshot(siteRoot: string, buildId: string, snapshot: string): void {
  const dir = keptSnapshotDir(siteRoot, buildId)
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  fs.rmSync(dir, { recursive: true, force: true })
  fs.renameSync(snapshot, dir)
  stampSnapshot(dir, true)
}

/** Deletes kept snapshots whose build is gone. */
export function pruneSnapshots(siteRoot: string, builds: ReadonlySet<string>): void {
  const dir = snapshotsDir(siteRoot)
  if (!fs.existsSync(dir)) return
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const id = entry.isDirectory() ? entry.name : entry.name.replace(/\.code$/, '')
    if (!builds.has(id)) fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true })
  }
}

let stamp: string | undefined

function exportCodeStamp(): string {
  stamp ??= codeStamp(repoRoot, exportCode())
  return stamp
}
