/**
 * After a restart: a build still marked running whose process is gone was killed. It
 * is recorded as failed and queued once more (a second failure stays failed, so that a
 * build that kills the process cannot loop). Recovery never switches the live site; when
 * it gives up while the live site still serves something withdrawn or no longer public,
 * the record and the server log say so.
 */
import type { Payload } from 'payload'

import { liveNotPublic, liveNotPublicWarning } from './liveNotPublic'
import { requestSiteBuild } from './requestSiteBuild'
import { pipelineSettings } from '../../core/settings'

export async function recoverInterruptedBuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, pagination: false, depth: 0 })
  let retried = 0
  for (const build of docs) {
    if (build.pid && processAlive(build.pid)) continue
    const retry = (build.attempt ?? 1) < 2
    const stale = retry ? [] : await liveNotPublic(payload, pipelineSettings().siteRoot).catch(() => [])
    if (stale.length > 0) payload.logger.error(liveNotPublicWarning(stale))
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: 'failed',
        finishedAt: new Date().toISOString(),
        log: [
          `${build.log ?? ''}\n构建进程已中断（进程 ${build.pid ?? '?'} 不存在）`,
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

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
