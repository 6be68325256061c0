/**
 * POST /api/site-builds/rebuild and /api/site-builds/:id/rollback, for publishers and
 * admins. A rollback never brings back what is no longer public (keptBuildCheck.ts): a
 * kept build that serves it is refused, naming it, and the live site stays as it is.
 */
import path from 'node:path'
import type { Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { notPublicNow, rollbackRefusal } from './keptBuildCheck'
import { buildsDir, liveBuildDir, switchLive } from './liveSite'
import { keptManifest, keptSnapshotDir } from './keptSnapshots'
import { commitLog, relogKeptBuild } from '../verify/siteLog'
import { requestSiteBuild } from './requestSiteBuild'
import { markLive } from './runSiteBuild'
import { pipelineSettings } from '../../core/settings'

const forbidden = () => Response.json({ errors: [{ message: '只有发布员或管理员可以重新构建或回滚网站。' }] }, { status: 403 })

export const rebuildEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'publisher', 'admin')) return forbidden()
    const queued = await requestSiteBuild(req.payload, `手动重建（${req.user?.email ?? ''}）`)
    return Response.json({ message: queued.coalesced ? '已有构建在排队，本次请求已合并。' : '已加入构建队列。', id: queued.id })
  },
}

export const rollbackEndpoint: Endpoint = {
  path: '/:id/rollback',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'publisher', 'admin')) return forbidden()
    const id = req.routeParams?.id as string
    const build = await req.payload.findByID({ collection: 'site-builds', id, depth: 0, overrideAccess: true })
    if (build.status !== 'succeeded' || !build.buildId) {
      return Response.json({ errors: [{ message: '只能回滚到构建成功的版本。' }] }, { status: 400 })
    }
    const settings = pipelineSettings()
    let blocked: string[]
    try {
      blocked = await notPublicNow(req.payload, settings, build.buildId)
    } catch (error) {
      return Response.json({ errors: [{ message: `无法回滚：${(error as Error).message}。请重新构建。` }] }, { status: 400 })
    }
    if (blocked.length > 0) return Response.json({ errors: [{ message: rollbackRefusal(blocked) }] }, { status: 409 })
    try {
      // What serving it again publishes is logged first, so the log goes live with it.
      await relogRollback(settings.siteRoot, build.buildId)
      switchLive(settings.siteRoot, build.buildId)
    } catch (error) {
      return Response.json({ errors: [{ message: `无法回滚：${(error as Error).message}（该版本可能已被清理）` }] }, { status: 400 })
    }
    const logProblem = await commitLog(settings.siteRoot, liveBuildDir(settings.siteRoot))
    if (logProblem) req.payload.logger.error(`回滚后的发布日志：${logProblem}`)
    await markLive(req.payload, build.id)
    return Response.json({ message: `已回滚到 ${build.buildId}。` })
  },
}

async function relogRollback(siteRoot: string, buildId: string): Promise<void> {
  const manifest = keptManifest(siteRoot, buildId)
  const snapshotDir = keptSnapshotDir(siteRoot, buildId)
  if (!manifest) throw new Error(`构建 ${buildId} 没有保留其公开快照，无法记入发布日志`)
  await relogKeptBuild(siteRoot, liveBuildDir(siteRoot), path.join(buildsDir(siteRoot), buildId), snapshotDir, manifest)
}
