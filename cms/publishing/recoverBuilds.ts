/**
 * After a restart: a build still marked running whose process is gone was killed. It
 * is recorded as failed and queued once more (a second failure stays failed).
 */
import type { Payload } from 'payload'

import { requestSiteBuild } from './requestSiteBuild'

export async function recoverInterruptedBuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.find({ collection: 'site-builds', where: { status: { equals: 'running' } }, pagination: false, depth: 0 })
  let retried = 0
  for (const build of docs) {
    if (build.pid && processAlive(build.pid)) continue
    await payload.update({
      collection: 'site-builds',
      id: build.id,
      data: {
        status: 'failed',
        finishedAt: new Date().toISOString(),
        log: `${build.log ?? ''}\n构建进程已中断（进程 ${build.pid ?? '?'} 不存在）`,
      },
    })
    if ((build.attempt ?? 1) < 2) {
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
