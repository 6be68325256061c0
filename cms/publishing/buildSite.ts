/**
 * The one way a site is built: export the public snapshot, run the site generator (astro
 * build, which also indexes with Pagefind), verify. `npm run build` (buildInPlace.ts),
 * `./gongbao start` and the CMS's publishing (runSiteBuild.ts) all build through
 * buildSiteInto; they differ only in where the result goes.
 *
 * A previous build is where a build starts from (PREVIOUS_BUILD): pages whose content did
 * not change are kept from it, so a correction to one document renders a few pages, not
 * all (INCREMENTAL_BUILD=off always builds everything), and the export starts from the
 * snapshot it was made from. Nothing here touches the live site; switching is
 * liveSite's job.
 *
 * Before it is verified, a build gets the publication log (cms/verify/): the log so far
 * with what this build publishes appended, signed, in its verify/ folder, so that the log
 * is checked with the build and goes live in the same switch as what it records.
 *
 * A build that runs out of disk space fails with 磁盘空间不足 (core/diskSpace.ts) instead
 * of the writer's own words; like any failure, it leaves the live site as it was.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { clearBuildTimings, type PipelineTimings, recordBuildTimings } from '../../core/build/buildTimings'
import { crashPoint } from '../../core/crashPoint'
import { diskFullMessages, isNoSpace, noSpacePattern } from '../../core/diskSpace'
import { repoRoot } from '../../core/paths'
import { type Manifest, manifestSchema, snapshotPaths } from '../../core/snapshot/schema'
import type { PipelineSettings } from '../../core/settings'
import { exportSnapshot } from '../export/exportSnapshot'
import { siteKey } from '../signing/siteKey'
import { readLogFolder } from '../verify/logFolder'
import { logHome, writeSiteLog } from '../verify/siteLog'
import { logBuild } from '../verify/publicationLog'
import { keptManifest, keptSnapshot } from './keptSnapshots'
import { buildWorkDir, keepBuild, liveBuildDir } from './liveSite'
import { runProcess } from './runProcess'
import { verifyBuild } from './verifyBuild'

export type PreviousSite = {
  /** The finished build to start from (its state file beside it). */
  distDir: string
  /** How the log names it: 线上构建 <id>, 上次构建. */
  name: string
  /** The snapshot it was made from, when the same export code wrote it: the export starts from it. */
  snapshotDir: string | undefined
  /** That snapshot's manifest, to tell what left the site since. */
  manifest: Manifest | null
}

export type SiteBuildTarget = {
  /** Where the snapshot is written (replaced whole). */
  snapshotDir: string
  /** Where the site is built (emptied first); not the previous build's folder. */
  distDir: string
  previous: PreviousSite | null
  /** The publication log so far (a folder laid out as the site's verify/), or null for none yet. */
  logFrom: string | null
}

export type SiteBuildResult = {
  manifest: Manifest
  pages: number
  documents: number
  timings: PipelineTimings
  /** Entries this build added to the publication log. */
  logged: number
}

export async function buildSiteInto(
  payload: Payload,
  settings: PipelineSettings,
  target: SiteBuildTarget,
  log: (line: string) => void,
): Promise<SiteBuildResult> {
  // A full disk fails the build like any error, with the office's words for it: the site
  // generator says so only in its output, a write of our own as ENOSPC.
  let outOfSpace = false
  const watched = (line: string) => {
    if (noSpacePattern.test(line)) outOfSpace = true
    log(line)
  }
  try {
    return await buildSiteSteps(payload, settings, target, watched)
  } catch (error) {
    if (outOfSpace || isNoSpace(error)) throw new Error(diskFullMessages.build(target.distDir), { cause: error })
    throw error
  }
}

async function buildSiteSteps(
  payload: Payload,
  settings: PipelineSettings,
  target: SiteBuildTarget,
  log: (line: string) => void,
): Promise<SiteBuildResult> {
  const { snapshotDir, distDir, previous } = target
  const seconds = (ms: number) => (ms / 1000).toFixed(1)
  clearBuildTimings(distDir)
  let started = performance.now()
  const exported = await exportSnapshot(payload, {
    outDir: snapshotDir,
    gazetteName: settings.gazetteName,
    timeZone: settings.timeZone,
    asOf: settings.asOf,
    previous: previous?.snapshotDir,
  })
  const exportMs = performance.now() - started
  crashPoint('build:exported')
  const { documents: converted } = exported.incremental
  log(
    `已导出公开快照：${exported.documents} 篇文件（重新转换 ${converted.reexported.length} 篇），${exported.interpretations} 篇解读，${exported.files} 个附件（${seconds(exportMs)} 秒）`,
  )
  const env = { ...process.env, SNAPSHOT_DIR: snapshotDir, DIST_DIR: distDir, PREVIOUS_BUILD: previous?.distDir ?? '' }
  started = performance.now()
  if (settings.siteBuildCommand) await runProcess(settings.siteBuildCommand, [], env, log)
  else await runProcess(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], env, log)
  const siteMs = performance.now() - started
  log(`网站与检索索引已生成（${seconds(siteMs)} 秒）${previous ? `，基于${previous.name}` : ''}`)
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(snapshotDir, snapshotPaths.manifest), 'utf8')))
  started = performance.now()
  // Read once: the log step appends to it, and its unchanged files are linked from it.
  const logFrom = target.logFrom ? { dir: target.logFrom, log: readLogFolder(target.logFrom) } : null
  const logged = await logBuild({
    from: logFrom?.log ?? null,
    distDir,
    snapshotDir,
    manifest,
    builtAt: new Date().toISOString(),
    key: await siteKey(),
    previousDistDir: previous?.distDir,
  })
  await writeSiteLog(distDir, logged.log, logFrom)
  const logMs = performance.now() - started
  log(`发布日志：新增 ${logged.added.length} 条记录，共 ${logged.log.head.size} 条，日志头已签名（${seconds(logMs)} 秒）`)
  started = performance.now()
  const verified = verifyBuild(distDir, manifest, { previousDir: previous?.distDir, previousManifest: previous?.manifest ?? null })
  if (!verified.ok) throw new Error(`构建检查未通过：\n${verified.problems.join('\n')}`)
  const verifyMs = performance.now() - started
  log(`构建检查通过：${verified.pages} 个页面（${seconds(verifyMs)} 秒）`)
  const timings = { exportMs, siteMs, verifyMs, logMs }
  recordBuildTimings(distDir, { pipeline: timings })
  return { manifest, pages: verified.pages, documents: exported.documents, timings, logged: logged.added.length }
}

export type BuiltSite = { buildId: string; distDir: string; manifest: Manifest; pages: number }

/** A publishing build: into a work folder of its own, from the live build, then filed under builds/<id> with its snapshot. */
export async function buildSite(
  payload: Payload,
  settings: PipelineSettings,
  buildId: string,
  log: (line: string) => void,
): Promise<BuiltSite> {
  const workDir = buildWorkDir(settings.siteRoot, buildId)
  fs.rmSync(workDir, { recursive: true, force: true })
  fs.mkdirSync(workDir, { recursive: true })
  try {
    // The live build is where this one starts from: its kept snapshot, its pages.
    const previousDir = settings.incremental ? liveBuildDir(settings.siteRoot) : null
    const previousId = previousDir ? path.basename(previousDir) : null
    const target: SiteBuildTarget = {
      snapshotDir: path.join(workDir, 'snapshot'),
      distDir: path.join(workDir, 'dist'),
      previous:
        previousDir && previousId
          ? {
              distDir: previousDir,
              name: `线上构建 ${previousId}`,
              snapshotDir: keptSnapshot(settings.siteRoot, previousId),
              manifest: keptManifest(settings.siteRoot, previousId),
            }
          : null,
      logFrom: await logHome(settings.siteRoot, liveBuildDir(settings.siteRoot)),
    }
    const built = await buildSiteInto(payload, settings, target, log)
    const distDir = keepBuild(settings.siteRoot, buildId, target.distDir, target.snapshotDir)
    crashPoint('build:kept')
    return { buildId, distDir, manifest: built.manifest, pages: built.pages }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}
