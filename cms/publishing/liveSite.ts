/**
 * The served site is SITE_ROOT/live, a symbolic link to one finished build under
 * SITE_ROOT/builds/. Switching is a rename of a new link over the old one, which is
 * atomic: a reader gets the old site or the new one, never half of either. Builds leave
 * builds/ the same way, by one rename into SITE_ROOT/trash/ before they are deleted, so
 * that a crash never leaves half a build where a rollback could serve it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { crashPoint } from '../../core/crashPoint'
import { processRunning } from '../../core/processRunning'
import { keepSnapshot, pruneSnapshots } from './keptSnapshots'
import { besideFiles } from './besideFiles'

export const buildsDir = (siteRoot: string) => path.join(siteRoot, 'builds')
export const liveLink = (siteRoot: string) => path.join(siteRoot, 'live')
/** Where a build is made before it is filed under builds/ (deleted when it ends, or by recovery when it was killed). */
export const buildWorkDir = (siteRoot: string, buildId: string) => path.join(siteRoot, 'work', buildId)
/** Builds on their way out: moved here whole, then deleted. */
export const trashDir = (siteRoot: string) => path.join(siteRoot, 'trash')
/** The new live link before it is renamed over the old one, by the process making it. */
export const temporaryLiveLink = (siteRoot: string, pid: number) => path.join(siteRoot, `live.next-${pid}`)

export function switchLive(siteRoot: string, buildId: string): void {
  const target = path.join(buildsDir(siteRoot), buildId)
  if (!fs.existsSync(path.join(target, 'index.html'))) throw new Error(`构建 ${buildId} 不完整，不能上线`)
  const temporary = temporaryLiveLink(siteRoot, process.pid)
  removeDeadTemporaryLinks(siteRoot)
  fs.rmSync(temporary, { force: true })
  fs.symlinkSync(path.relative(siteRoot, target), temporary, 'dir')
  crashPoint('live:linked')
  fs.renameSync(temporary, liveLink(siteRoot))
  crashPoint('live:switched')
}

/** Temporary live links of switches killed before their rename (their process is gone): never served, deleted. */
function removeDeadTemporaryLinks(siteRoot: string): void {
  for (const name of fs.readdirSync(siteRoot)) {
    const pid = Number(/^live\.next-(\d+)$/.exec(name)?.[1])
    if (pid && pid !== process.pid && !processRunning(pid)) fs.rmSync(path.join(siteRoot, name), { force: true })
  }
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
  for (const beside of besideFiles) if (fs.existsSync(beside(distDir))) fs.renameSync(beside(distDir), beside(target))
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
  emptyTrash(siteRoot)
  const live = liveBuildId(siteRoot)
  const builds = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .reverse()
  const removed = builds.slice(keep).filter((id) => id !== live)
  for (const id of removed) discardBuild(siteRoot, id)
  pruneSnapshots(siteRoot, new Set(builds.filter((id) => !removed.includes(id))))
  emptyTrash(siteRoot)
  return removed
}

/**
 * Takes a build that is not live out of builds/ in one rename (into trash/), then its
 * state and timings; the trash is emptied by the caller or by the next prune. Never the
 * live build: that one stays until another is live.
 */
export function discardBuild(siteRoot: string, buildId: string): void {
  if (buildId === liveBuildId(siteRoot)) throw new Error(`构建 ${buildId} 正在线上，不能删除`)
  const from = path.join(buildsDir(siteRoot), buildId)
  if (fs.existsSync(from)) {
    const aside = path.join(trashDir(siteRoot), buildId)
    fs.mkdirSync(trashDir(siteRoot), { recursive: true })
    fs.rmSync(aside, { recursive: true, force: true })
    fs.renameSync(from, aside)
    crashPoint('prune:moved')
  }
  for (const beside of besideFiles) fs.rmSync(beside(from), { force: true })
}

/** Deletes what was moved to trash/, whole or half deleted by a crash. */
export function emptyTrash(siteRoot: string): void {
  fs.rmSync(trashDir(siteRoot), { recursive: true, force: true })
}
