/**
 * `npm run build`: the publishing pipeline's build (buildSite.ts: export, site, verify)
 * with the result in DIST_DIR and its snapshot in SNAPSHOT_DIR instead of a build folder
 * of the site root. The last such build is where the next starts from, as the live
 * build is for the CMS's: the site is built beside DIST_DIR and put in its place only
 * once verified, so a failed build leaves both folders as they were.
 *
 * The snapshot folder carries the export code's stamp (keptSnapshots.ts) only while
 * DIST_DIR was built from it, so the stamp is what makes the next build incremental;
 * `npm run export` takes it away.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { replaceFolder } from '../../core/build/replaceFolder'
import { manifestSchema, snapshotPaths } from '../../core/snapshot/schema'
import type { PipelineSettings } from '../../core/settings'
import { buildSiteInto, type PreviousSite, type SiteBuildResult } from './buildSite'
import { stampSnapshot, stampedSnapshot } from './keptSnapshots'
import { readableLog } from '../verify/siteLog'
import { besideFiles } from './besideFiles'

export async function buildInPlace(payload: Payload, settings: PipelineSettings, log: (line: string) => void): Promise<SiteBuildResult> {
  const { distDir, snapshotDir } = settings
  const next = { distDir: `${distDir}.next`, snapshotDir: `${snapshotDir}.next` }
  for (const dir of [next.distDir, next.snapshotDir]) fs.rmSync(dir, { recursive: true, force: true })
  try {
    const built = await buildSiteInto(
      payload,
      settings,
      {
        ...next,
        previous: settings.incremental ? previousSite(distDir, snapshotDir) : null,
        // The last build's log: a rebuild in place appends to it, whatever else it reuses.
        logFrom: readableLog(path.join(distDir, 'verify')),
      },
      log,
    )
    stampSnapshot(snapshotDir, false)
    // Each folder by renames (the old one aside, the new one in), never half of it deleted in place.
    replaceFolder(next.snapshotDir, snapshotDir)
    replaceFolder(next.distDir, distDir)
    for (const beside of besideFiles) {
      fs.rmSync(beside(distDir), { force: true })
      if (fs.existsSync(beside(next.distDir))) fs.renameSync(beside(next.distDir), beside(distDir))
    }
    stampSnapshot(snapshotDir, true)
    return built
  } finally {
    for (const dir of [next.distDir, next.snapshotDir]) fs.rmSync(dir, { recursive: true, force: true })
    for (const beside of besideFiles) fs.rmSync(beside(next.distDir), { force: true })
  }
}

/** The last `npm run build`, when its site and the snapshot it was made from are both there. */
function previousSite(distDir: string, snapshotDir: string): PreviousSite | null {
  const snapshot = stampedSnapshot(snapshotDir)
  if (!snapshot || !fs.existsSync(path.join(distDir, 'index.html'))) return null
  try {
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(snapshot, snapshotPaths.manifest), 'utf8')))
    return { distDir, name: `上次构建 ${path.basename(distDir)}`, snapshotDir: snapshot, manifest }
  } catch {
    return null
  }
}
