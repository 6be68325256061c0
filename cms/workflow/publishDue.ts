/**
 * Scheduled publication: approved items whose 定时发布 time has come are published, and
 * the publication is recorded. Only approved items whose content (files and relations
 * included) still has the fingerprint recorded with the approval are published, so the
 * review still stands between an editor and the public; any other is sent back. The
 * review workflow's job (plugin.ts) runs it every minute.
 */
import type { Payload } from 'payload'

import { approvedFingerprint, contentFingerprint } from './contentFingerprint'
import { type ReviewedCollection, type ReviewedItem, reviewedCollections } from './reviewed'
import { workflowMessages } from './workflowMessages'
import { writeReviewEvent } from './writeReviewEvent'

export async function publishDueItems(
  payload: Payload,
  now: Date,
  collections: readonly ReviewedCollection[] = reviewedCollections,
): Promise<string[]> {
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
      const fingerprint = await contentFingerprint({ payload }, collection, doc)
      if (fingerprint !== (await approvedFingerprint({ payload }, collection, doc.id))) {
        await sendBack(payload, collection, doc)
        continue
      }
      await payload.update({ collection, id: doc.id, data: { _status: 'published', publishAt: null }, overrideAccess: true })
      await writeReviewEvent(payload, {
        collection,
        item: doc,
        action: 'publish',
        from: 'approved',
        to: 'published',
        reason: `定时发布（${new Date(String(doc.publishAt)).toISOString()}）`,
        contentFingerprint: fingerprint,
      })
      published.push(`${collection}:${doc.id}`)
    }
  }
  return published
}

async function sendBack(payload: Payload, collection: ReviewedCollection, doc: ReviewedItem) {
  await payload.update({ collection, id: doc.id, draft: true, data: { reviewState: 'sent-back', publishAt: null }, overrideAccess: true })
  await writeReviewEvent(payload, {
    collection,
    item: doc,
    action: 'send-back',
    from: 'approved',
    to: 'sent-back',
    reason: workflowMessages.scheduledVersionChanged,
  })
}
