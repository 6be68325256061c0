/**
 * What is public now, exactly as the next build would publish it: the public snapshot
 * exported into a private work folder (the same reading with the public's rights as a
 * build, starting from the live build's kept snapshot so that only what changed is
 * converted and files are linked), handed to `use`, then deleted. Never served.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { exportSnapshot } from '../export/exportSnapshot'
import { type Manifest, manifestSchema, snapshotPaths } from '../../core/snapshot/schema'
import { keptSnapshot } from './keptSnapshots'
import { liveBuildId } from './liveSite'
import type { PipelineSettings } from '../../core/settings'

export async function withPublicNow<T>(
  payload: Payload,
  settings: PipelineSettings,
  use: (now: { dir: string; manifest: Manifest }) => Promise<T> | T,
): Promise<T> {
  // Inside SITE_ROOT: linking files from the kept snapshot needs the same file system.
  const work = path.join(settings.siteRoot, 'work', `public-now-${randomBytes(6).toString('hex')}`)
  const dir = path.join(work, 'snapshot')
  const live = liveBuildId(settings.siteRoot)
  try {
    await exportSnapshot(payload, {
      outDir: dir,
      gazetteName: settings.gazetteName,
      timeZone: settings.timeZone,
      asOf: settings.asOf,
      previous: live ? keptSnapshot(settings.siteRoot, live) : undefined,
    })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, snapshotPaths.manifest), 'utf8')))
    return await use({ dir, manifest })
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
