/**
 * Above the list of site builds: which build is live, what is waiting, and the
 * buttons to rebuild now or roll back to one of the kept builds.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { chineseDateTime } from '../domain/chineseDateTime'
import { pipelineSettings } from '../publishing/settings'
import { BuildActions } from './BuildActions'

export async function BuildPanel({ payload, req }: { payload: Payload; req?: PayloadRequest }) {
  const [live, waiting, recent] = await Promise.all([
    payload.find({ collection: 'site-builds', where: { live: { equals: true } }, limit: 1, depth: 0, req }),
    payload.count({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } }, req }),
    payload.find({ collection: 'site-builds', where: { status: { equals: 'succeeded' } }, sort: '-createdAt', limit: 5, depth: 0, req }),
  ])
  const current = live.docs[0]
  const canAct = hasRole(req?.user, 'publisher', 'admin')
  const { timeZone } = pipelineSettings()
  return (
    <section className="gutter--left gutter--right" style={{ marginBlock: '1.5rem' }} aria-labelledby="build-panel">
      <h2 id="build-panel">网站构建</h2>
      <p>
        线上版本：{current ? `${current.buildId}（${current.finishedAt ? chineseDateTime(current.finishedAt, timeZone) : ''}，用时 ${Math.round((current.durationMs ?? 0) / 1000)} 秒，${current.documents ?? 0} 篇文件，内容版本 ${current.contentHash ?? '—'}）` : '尚无'}
        ；排队或构建中：{waiting.totalDocs} 个
      </p>
      {canAct ? (
        <BuildActions builds={recent.docs.map((b) => ({ id: String(b.id), buildId: b.buildId ?? '', live: Boolean(b.live) }))} />
      ) : null}
    </section>
  )
}
