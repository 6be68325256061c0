/**
 * Where the publishing pipeline keeps the publication log between builds, and how a
 * build's log reaches the site. The log's home is SITE_ROOT/log (laid out as the site's
 * verify/ folder, without the lookup shards); each build carries the whole log in its
 * verify/ folder and goes live with it; after the switch the home is brought up to the
 * live build's log (commitLog). A crash between the switch and that commit leaves the
 * live build's log one batch ahead of the home: the next build starts from the longer of
 * the two, once it has checked that it extends the other (a log that does not is a
 * rewritten history, and no build goes on from it).
 */
import fs from 'node:fs'
import path from 'node:path'

import { verifyFiles } from '../../core/addresses'
import { checkLog } from '../../core/verify/checkLog'
import { lookupIndex, lookupRecords } from '../../core/verify/lookup'
import type { Manifest } from '../../core/snapshot/schema'
import { siteKey } from '../signing/siteKey'
import { linkImmutable, readLogFolder, type StoredLog, writeLogFolder } from './logFolder'
import { logBuild } from './publicationLog'

export const logHomeDir = (siteRoot: string) => path.join(siteRoot, 'log')
export const siteLogDir = (distDir: string) => path.join(distDir, 'verify')

/** `dir` when it holds a log (a head), else null. */
export function readableLog(dir: string): string | null {
  return fs.existsSync(path.join(dir, verifyFiles.head)) ? dir : null
}

/**
 * The folder holding the log so far for the next build: the home, or the live build's
 * (`live`: its folder, null before the first switch) when it is ahead and extends it.
 */
export async function logHome(siteRoot: string, live: string | null): Promise<string | null> {
  const homeDir = readableLog(logHomeDir(siteRoot))
  const servedDir = live ? readableLog(siteLogDir(live)) : null
  if (!servedDir) return homeDir
  if (!homeDir) return servedDir
  const [home, served] = [readLogFolder(homeDir), readLogFolder(servedDir)]
  if (!home || !served || served.head.size <= home.head.size) return homeDir
  const problems = await checkLog(served.batches, served.head, served.keys, home.head)
  if (problems.length > 0)
    throw new Error(`线上网站的发布日志没有延续保存的日志（${homeDir}），不能在其上追加：${problems.slice(0, 3).join('；')}`)
  return servedDir
}

/** Writes the log and its lookup index into a build's verify/ folder, linking what never changes from the log it started from. */
export async function writeSiteLog(distDir: string, log: StoredLog, from: { dir: string; log: StoredLog | null } | null): Promise<void> {
  const target = siteLogDir(distDir)
  const before = from?.log ?? null
  const kept = before ? before.head.size : 0
  if (from && before) linkImmutable(from.dir, target, log, kept)
  // Records are made for the new batches only, unless an earlier one is missing (a log copied without them).
  const complete = Array.from({ length: kept }, (_, i) => verifyFiles.entry(i + 1)).every((relative) =>
    fs.existsSync(path.join(target, relative)),
  )
  const fromBatch = complete ? (before?.head.batches ?? 0) + 1 : 1
  writeLogFolder(target, log, { shards: await lookupIndex(log.batches), records: await lookupRecords(log.batches, fromBatch) })
}

/**
 * After a switch to `live` (the live build's folder): the home takes its log, which must
 * extend the home's. Returns a problem in Chinese (nothing is then written), or null.
 */
export async function commitLog(siteRoot: string, live: string | null): Promise<string | null> {
  const served = live ? readLogFolder(siteLogDir(live)) : null
  if (!served) return null
  const homeDir = logHomeDir(siteRoot)
  const home = readLogFolder(homeDir)
  if (home) {
    if (home.head.size > served.head.size)
      return `线上网站的发布日志（${served.head.size} 条）短于保存的日志（${home.head.size} 条），未覆盖保存的日志`
    const problems = await checkLog(served.batches, served.head, served.keys, home.head)
    if (problems.length > 0) return `线上网站的发布日志没有延续保存的日志：${problems.slice(0, 3).join('；')}`
  }
  linkImmutable(siteLogDir(live as string), homeDir, served, served.head.size)
  writeLogFolder(homeDir, served)
  return null
}

/**
 * Before a rollback: the kept build's verify/ folder gets the log so far, with what
 * serving that build again publishes (its pages differ from the live ones: each such
 * item gets an 'update' entry), so that a rollback is logged like any build. Files are
 * replaced by rename, never written through (the kept build shares files with others).
 */
export async function relogKeptBuild(
  siteRoot: string,
  live: string | null,
  buildDir: string,
  snapshotDir: string,
  manifest: Manifest,
): Promise<number> {
  const fromDir = await logHome(siteRoot, live)
  const from = fromDir ? { dir: fromDir, log: readLogFolder(fromDir) } : null
  const logged = await logBuild({
    from: from?.log ?? null,
    distDir: buildDir,
    snapshotDir,
    manifest,
    builtAt: new Date().toISOString(),
    key: await siteKey(),
  })
  await writeSiteLog(buildDir, logged.log, from)
  return logged.added.length
}
