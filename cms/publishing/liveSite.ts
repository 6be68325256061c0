/**
 * The served site is SITE_ROOT/live, a symbolic link to one finished build under
 * SITE_ROOT/builds/. Switching is a rename of a new link over the old one, which is
 * atomic: a reader gets the old site or the new one, never half of either.
 */
import fs from 'node:fs'
import path from 'node:path'

import { stateFile } from '../../core/build/buildStateFile'
import { timingsFile } from '../../core/build/buildTimings'
import { keepSnapshot, pruneSnapshots } from './keptSnapshots'

export const buildsDir = (siteRoot: string) => path.join(siteRoot, 'builds')
export const liveLink = (siteRoot: string) => path.join(siteRoot, 'live')

export function switchLive(siteRoot: string, buildId: string): void {
  const target = path.join(buildsDir(siteRoot), buildId)
  if (!fs.existsSync(path.join(target, 'index.html'))) throw new Error(`构建 ${buildId} 不完整，不能上线`)
  const temporary = path.join(siteRoot, `live.next-${process.pid}`)
  fs.rmSync(temporary, { force: true })
  fs.symlinkSync(path.relative(siteRoot, target), temporary, 'dir')
  fs.renameSync(temporary, liveLink(siteRoot))
}

/**
 * Files a finished build under builds/<id>/ with what the next build starts from: its
 * state (site/integrations/incremental/) and the snapshot it was made from; and its
 * timings (core/build/buildTimings.ts). Returns its folder.
 */
export function keepBuild(siteRoot: string, buildId: string, distDir: string, snapshotDir: string): string {
  const target = path.join(buildsDir(siteRoot), buildId)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.renameSync(distDir, target)
  for (const beside of [stateFile, timingsFile]) if (fs.existsSync(beside(distDir))) fs.renameSync(beside(distDir), beside(target))
  keepSnapshot(siteRoot, buildId, snapshotDir)
  return target
}

/** The build id the live link points to, or null before the first switch. */
export function liveBuildId(siteRoot: string): string | null {
  try {
    return path.basename(fs.readlinkSync(liveLink(siteRoot)))
  } catch {
    return null
  }
}

/** The live build's folder, or null before the first switch (or when it is gone). */
export function liveBuildDir(siteRoot: string): string | null {
  const id = liveBuildId(siteRoot)
  const dir = id ? path.join(buildsDir(siteRoot), id) : null
  return dir && fs.existsSync(dir) ? dir : null
}

/** Deletes builds beyond the newest `keep` (never the live one), each with its state file and kept snapshot. */
export function pruneBuilds(siteRoot: string, keep: number): string[] {
  const dir = buildsDir(siteRoot)
  if (!fs.existsSync(dir)) return []
  const live = liveBuildId(siteRoot)
  const builds = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .reverse()
  const removed = builds.slice(keep).filter((id) => id !== live)
  for (const id of removed) {
    fs.rmSync(path.join(dir, id), { recursive: true, force: true })
    for (const beside of [stateFile, timingsFile]) fs.rmSync(beside(path.join(dir, id)), { force: true })
  }
  pruneSnapshots(siteRoot, new Set(builds.filter((id) => !removed.includes(id))))
  return removed
}
