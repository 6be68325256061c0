/**
 * After a restart: a build still marked running whose process is gone was killed. How it
 * is settled depends on how far it got (test/int/crashSafety.pipeline.test.ts kills it at
 * each step):
 * - Switched live (the live link names its build): the site is whole and is that build,
 *   so the build is completed as it would have been (the publication log's home brought up
 *   to the live log, the record marked live and succeeded) rather than built again. With
 *   DEPLOY_COMMAND a build is queued, since the copy elsewhere was not updated.
 * - Not switched: recorded as failed and queued once more (a second failure stays
 *   failed, so that a build that kills the process cannot loop), and what it wrote is
 *   deleted: its work folder, its build folder if it was already filed (never served, and
 *   not to be offered for a rollback), its kept snapshot, the live link it was about to
 *   rename over the old one.
 * Recovery never switches the live site; when it gives up while the live site still
 * serves something withdrawn or no longer public, the record and the server log say so.
 * Nothing is recovered while a live process holds the build lease (leases/): that
 * process is building. A record's process number of this very process means gone: the
 * number belonged to an earlier process (a restarted container numbers its processes
 * the same way again), since recovery runs as a process starts.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { leaseHolder } from '../leases/databaseLease'
import { leaseNames } from '../leases/leaseNames'
import { keptManifest, keptSnapshotDir } from './keptSnapshots'
import { liveNotPublic, liveNotPublicWarning } from './liveNotPublic'
import { buildWorkDir, discardBuild, liveBuildDir, liveBuildId, temporaryLiveLink, trashDir } from './liveSite'
import { requestSiteBuild } from './requestSiteBuild'
import { contentHash, markLive } from './runSiteBuild'
import { commitLog } from '../verify/siteLog'
import type { SiteBuild } from '../payload-types'
import { processRunning } from '../../core/processRunning'
import { type PipelineSettings, pipelineSettings } from '../../core/settings'

export async function recoverInterruptedBuilds(payload: Payload, settings: PipelineSettings = pipelineSettings()): Promise<number> {
  // A build is running somewhere (another CMS process, maybe on another machine, where
  // its process number means nothing here) while someone alive holds the build lease. A
  // holder under this process's own pid but another's name is a process before a restart:
  // the lease counts it gone (leases/databaseLease.ts).
  if (await leaseHolder(payload, leaseNames.siteBuild)) return 0
  const { docs } = await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, pagination: false, depth: 0 })
  let retried = 0
  for (const build of docs) {
    if (!processGone(build.pid)) continue
    if (build.buildId && build.buildId === liveBuildId(settings.siteRoot)) {
      await completeSwitchedBuild(payload, settings, build)
      continue
    }
    discardLeftovers(settings.siteRoot, build)
    const retry = (build.attempt ?? 1) < 2
    const stale = retry ? [] : await liveNotPublic(payload, settings.siteRoot).catch(() => [])
    if (stale.length > 0) payload.logger.error(liveNotPublicWarning(stale))
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: 'failed',
        finishedAt: new Date().toISOString(),
        pid: null,
        log: [
          `${build.log ?? ''}\n构建进程已中断（进程 ${build.pid ?? '?'} 不存在），线上网站保持不变：${liveBuildId(settings.siteRoot) ?? '（尚无线上版本）'}`,
          ...(stale.length > 0 ? [liveNotPublicWarning(stale)] : []),
        ].join('\n'),
      },
    })
    if (retry) {
      await requestSiteBuild(payload, `重试：${build.trigger ?? ''}`, (build.attempt ?? 1) + 1)
      retried += 1
    }
  }
  return retried
}

/** The process was killed after the switch: what runSiteBuild does after switchLive, done now. */
async function completeSwitchedBuild(payload: Payload, settings: PipelineSettings, build: SiteBuild): Promise<void> {
  const { siteRoot } = settings
  const logProblem = await commitLog(siteRoot, liveBuildDir(siteRoot)).catch((error: unknown) => (error as Error).message)
  const manifest = build.buildId ? keptManifest(siteRoot, build.buildId) : null
  await markLive(payload, build.id)
  const lines = [
    `${build.log ?? ''}\n构建进程在切换上线之后中断（进程 ${build.pid ?? '?'} 不存在）：线上网站已是这次构建（${build.buildId}），重启后补记为成功`,
    ...(logProblem ? [`发布日志：${logProblem}`] : []),
    ...(settings.deployCommand ? ['部署命令没有执行：已重新排队构建，构建上线后执行部署命令'] : []),
  ]
  await payload.update({
    collection: 'site-builds',
    id: build.id,
    data: {
      status: 'succeeded',
      finishedAt: new Date().toISOString(),
      pid: null,
      log: lines.join('\n'),
      documents: manifest?.documents.length ?? null,
      contentHash: manifest ? contentHash(manifest) : null,
    },
  })
  payload.logger.warn(`公报网站构建 ${build.buildId} 在切换上线之后中断，已补记为成功`)
  if (settings.deployCommand) await requestSiteBuild(payload, `部署：${build.trigger ?? ''}`)
}

/** Everything a killed build that never went live wrote under the site root. */
function discardLeftovers(siteRoot: string, build: SiteBuild): void {
  if (build.pid) fs.rmSync(temporaryLiveLink(siteRoot, build.pid), { force: true })
  if (!build.buildId) return
  fs.rmSync(buildWorkDir(siteRoot, build.buildId), { recursive: true, force: true })
  discardBuild(siteRoot, build.buildId)
  fs.rmSync(path.join(trashDir(siteRoot), build.buildId), { recursive: true, force: true })
  const snapshot = keptSnapshotDir(siteRoot, build.buildId)
  fs.rmSync(snapshot, { recursive: true, force: true })
  fs.rmSync(`${snapshot}.code`, { force: true })
}

/**
 * Whether the process a build was recorded with is gone. This process's own number
 * means gone too: recovery runs as a process starts, so whatever held the number before
 * (a container restarted gives its processes the same numbers again) is not running now.
 */
function processGone(pid: number | null | undefined): boolean {
  return !pid || pid === process.pid || !processRunning(pid)
}
