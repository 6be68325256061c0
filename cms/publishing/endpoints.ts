/**
 * POST /api/site-builds/rebuild and /api/site-builds/:id/rollback, for publishers and
 * admins. A rollback never brings back what is no longer public (keptBuildCheck.ts): a
 * kept build that serves it is refused, naming it, and the live site stays as it is.
 */
import type { Endpoint } from 'payload'

import { hasRole } from '../access/roles'
import { notPublicNow, rollbackRefusal } from './keptBuildCheck'
import { switchLive } from './liveSite'
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
      switchLive(settings.siteRoot, build.buildId)
    } catch (error) {
      return Response.json({ errors: [{ message: `无法回滚：${(error as Error).message}（该版本可能已被清理）` }] }, { status: 400 })
    }
    await markLive(req.payload, build.id)
    return Response.json({ message: `已回滚到 ${build.buildId}。` })
  },
}
