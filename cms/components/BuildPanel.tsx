/**
 * Above the table of site builds (inside the list's own gutters): which build is live,
 * what is waiting, and the buttons to rebuild now or roll back to one of the kept builds.
 */
import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { chineseDateTime } from '../../core/display/chineseDateTime'
import { humanDuration } from '../../core/calendar/humanDuration'
import { pipelineSettings } from '../../core/settings'
import { BuildActions } from './BuildActions'

/** The list view passes the signed-in `user` among its server props, not a `req`. */
export async function BuildPanel({ payload, req, user }: { payload: Payload; req?: PayloadRequest; user?: PayloadRequest['user'] }) {
  const [live, waiting, recent] = await Promise.all([
    payload.find({ collection: 'site-builds', where: { live: { equals: true } }, limit: 1, depth: 0, req }),
    payload.count({ collection: 'site-builds', where: { status: { in: ['queued', 'running'] } }, req }),
    payload.find({ collection: 'site-builds', where: { status: { equals: 'succeeded' } }, sort: '-createdAt', limit: 5, depth: 0, req }),
  ])
  const current = live.docs[0]
  const canAct = hasRole(user ?? req?.user, 'publisher', 'admin')
  const { timeZone } = pipelineSettings()
  return (
    <section style={{ marginBlock: '1.5rem' }} aria-labelledby="build-panel">
      {/* The list page's own heading already says 网站构建. */}
      <h2 id="build-panel">当前状态</h2>
      <p>
        线上版本：
        {current
          ? `${current.buildId}（${current.finishedAt ? chineseDateTime(current.finishedAt, timeZone) : ''}，用时${humanDuration(current.durationMs)}，${current.documents ?? 0} 篇文件，内容版本 ${current.contentHash ?? '—'}）`
          : '尚无'}
        ；排队或构建中：{waiting.totalDocs} 个
      </p>
      {canAct ? (
        <BuildActions builds={recent.docs.map((b) => ({ id: String(b.id), buildId: b.buildId ?? '', live: Boolean(b.live) }))} />
      ) : null}
    </section>
  )
}
