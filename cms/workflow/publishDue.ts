/**
 * Scheduled publication: approved items whose 定时发布 time has come are published, and
 * the publication is recorded. Only approved items whose content (files and relations
 * included) still has the fingerprint recorded with the approval are published, so the
 * review still stands between an editor and the public; any other is sent back.
 */
import type { Payload } from 'payload'

import { approvedFingerprint, contentFingerprint } from './contentFingerprint'
import { workflowMessages } from './workflowMessages'

const collections = ['documents', 'interpretations'] as const

export async function publishDueItems(payload: Payload, now: Date): Promise<string[]> {
  const published: string[] = []
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: { and: [{ reviewState: { equals: 'approved' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      const fingerprint = await contentFingerprint({ payload }, collection, doc as unknown as Record<string, unknown>)
      if (fingerprint !== (await approvedFingerprint({ payload }, collection, doc.id))) {
        await sendBack(payload, collection, doc)
        continue
      }
      await payload.update({ collection, id: doc.id, data: { _status: 'published', publishAt: null }, overrideAccess: true })
      await payload.create({
        collection: 'review-events',
        data: {
          item: { relationTo: collection, value: doc.id },
          action: 'publish',
          fromState: 'approved',
          toState: 'published',
          reason: `定时发布（${new Date(String(doc.publishAt)).toISOString()}）`,
          disclosure: doc.disclosure ?? null,
          contentFingerprint: fingerprint,
        },
        overrideAccess: true,
      })
      published.push(`${collection}:${doc.id}`)
    }
  }
  return published
}

async function sendBack(payload: Payload, collection: (typeof collections)[number], doc: { id: number | string; disclosure?: string | null }) {
  await payload.update({ collection, id: doc.id, draft: true, data: { reviewState: 'sent-back', publishAt: null }, overrideAccess: true })
  await payload.create({
    collection: 'review-events',
    data: {
      item: { relationTo: collection, value: doc.id as number },
      action: 'send-back',
      fromState: 'approved',
      toState: 'sent-back',
      reason: workflowMessages.scheduledVersionChanged,
      disclosure: (doc.disclosure ?? null) as 'proactive' | null,
    },
    overrideAccess: true,
  })
}
