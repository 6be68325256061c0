/**
 * Runs the next queued build: one at a time — in this process by a lock, across CMS
 * processes sharing the database by the 'site-build' lease (leases/databaseLease.ts) —
 * marked running with this process's id,
 * built into its own folder, switched live only when whole, then deployed if a deploy
 * command is configured. A failure leaves the live site exactly as it was and is
 * recorded with its log.
 */
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import { withSeriesLock } from '../numbering/serialLock'
import { withLease } from '../leases/databaseLease'
import { leaseNames } from '../leases/leaseNames'
import type { SiteBuild } from '../payload-types'
import type { Manifest } from '../../core/snapshot/schema'
import { eventFields } from '../logging/logFormat'
import { createBuildLog } from './buildLog'
import { buildSite } from './buildSite'
import { liveNotPublic, liveNotPublicWarning } from './liveNotPublic'
import { liveBuildDir, liveBuildId, pruneBuilds, switchLive } from './liveSite'
import { recordBuildTimings } from '../../core/build/buildTimings'
import { runProcess } from './runProcess'
import { commitLog } from '../verify/siteLog'
import { type PipelineSettings, pipelineSettings } from '../../core/settings'

export type BuildOutcome = { id: number | string; status: 'succeeded' | 'failed'; buildId: string } | null

export function runNextSiteBuild(payload: Payload, settings: PipelineSettings = pipelineSettings()): Promise<BuildOutcome> {
  return withSeriesLock('site-build', async () => {
    // Read first, so that an idle queue (checked every five seconds) writes nothing.
    if (!(await nextQueued(payload))) return null
    const outcome = await withLease(payload, leaseNames.siteBuild, async () => {
      // Another process may have built it between the read and the lease.
      const record = await nextQueued(payload)
      return record ? buildQueued(payload, settings, record) : null
    })
    return outcome.ran ? outcome.value : null
  })
}

async function nextQueued(payload: Payload): Promise<SiteBuild | undefined> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  return docs[0]
}

async function buildQueued(payload: Payload, settings: PipelineSettings, record: SiteBuild): Promise<BuildOutcome> {
  const started = Date.now()
  const buildId = `${new Date(started).toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${String(record.id)}`
  const log = createBuildLog()
  const append = log.append
  await payload.update({
    collection: 'site-builds',
    id: record.id,
    data: { status: 'running', buildId, startedAt: new Date(started).toISOString(), pid: process.pid },
  })
  try {
    const built = await buildSite(payload, settings, buildId, append)
    switchLive(settings.siteRoot, buildId)
    append(`已上线：${buildId}`)
    const logProblem = await commitLog(settings.siteRoot, liveBuildDir(settings.siteRoot))
    if (logProblem) append(`发布日志：${logProblem}`)
    recordBuildTimings(built.distDir, { liveAt: new Date().toISOString() })
    await markLive(payload, record.id)
    for (const removed of pruneBuilds(settings.siteRoot, settings.keepBuilds)) append(`已清理旧构建：${removed}`)
    if (settings.deployCommand) {
      try {
        await runProcess(settings.deployCommand, [], { ...process.env, SITE_DIR: built.distDir }, append)
        append('部署命令执行成功')
      } catch (error) {
        append(`部署命令失败：${(error as Error).message}`)
      }
    }
    await finish(payload, record.id, started, 'succeeded', log.text(), built.manifest.documents.length, contentHash(built.manifest))
    payload.logger.info({
      ...buildEvent('succeeded', buildId, record.trigger, started),
      msg: `公报网站已更新：${buildId}（${record.trigger ?? '重建'}），用时 ${seconds(started)} 秒`,
    })
    return { id: record.id, status: 'succeeded', buildId }
  } catch (error) {
    append(`构建失败：${(error as Error).message}`)
    append(`线上网站保持不变：${liveBuildId(settings.siteRoot) ?? '（尚无线上版本）'}`)
    const stale = await liveNotPublic(payload, settings.siteRoot).catch(() => [])
    if (stale.length > 0) append(liveNotPublicWarning(stale))
    await finish(payload, record.id, started, 'failed', log.text(), null)
    payload.logger.error({
      ...buildEvent('failed', buildId, record.trigger, started),
      msg: `公报网站构建失败：${buildId}（${record.trigger ?? '重建'}），线上网站保持不变；详见 系统 → 网站构建`,
    })
    return { id: record.id, status: 'failed', buildId }
  }
}

const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(1)

/** What a JSON log (LOG_FORMAT=json, logging/logFormat.ts) adds to a build's outcome. */
const buildEvent = (status: 'succeeded' | 'failed', buildId: string, trigger: string | null | undefined, started: number) =>
  eventFields({ event: 'site-build', status, buildId, trigger: trigger ?? null, seconds: Number(seconds(started)) })

async function finish(
  payload: Payload,
  id: number | string,
  started: number,
  status: 'succeeded' | 'failed',
  log: string,
  documents: number | null,
  hash: string | null = null,
) {
  await payload.update({
    collection: 'site-builds',
    id,
    data: { status, finishedAt: new Date().toISOString(), durationMs: Date.now() - started, log, documents, pid: null, contentHash: hash },
  })
}

/** A fingerprint of what the public sees (not when it was exported), to tell builds of the same content apart from new content. */
export function contentHash(manifest: Manifest): string {
  const { generatedAt: _generatedAt, ...content } = manifest
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12)
}

/** Exactly one build record says it is live. */
export async function markLive(payload: Payload, id: number | string): Promise<void> {
  await payload.update({ collection: 'site-builds', where: { live: { equals: true } }, data: { live: false } })
  await payload.update({ collection: 'site-builds', id, data: { live: true } })
}
