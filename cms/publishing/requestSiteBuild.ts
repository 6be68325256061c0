/**
 * Asks for a site build. Bursts coalesce: while a build is queued, further requests
 * join it (it will read the database when it starts, so it includes them all).
 */
import type { Payload } from 'payload'

import { withSeriesLock } from '../numbering/serialLock'

export function requestSiteBuild(payload: Payload, trigger: string, attempt = 1): Promise<{ id: number | string; coalesced: boolean }> {
  return withSeriesLock('site-build-queue', async () => {
    const queued = await payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } }, limit: 1, depth: 0 })
    const existing = queued.docs[0]
    if (existing) return { id: existing.id, coalesced: true }
    const created = await payload.create({ collection: 'site-builds', data: { status: 'queued', trigger, attempt } })
    return { id: created.id, coalesced: false }
  })
}
