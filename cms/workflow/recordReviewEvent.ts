import type { CollectionAfterChangeHook } from 'payload'

import type { PendingReviewEvent } from './applyWorkflow'
import { contentFingerprint, type ReviewedCollection } from './contentFingerprint'

/**
 * Every transition is recorded: who, when, what, why, and the disclosure attribute at
 * that moment; an approval and a publication also record the fingerprint of the saved
 * version (content, files, relations), so the record shows that the version published
 * is the version approved. A withdrawal also takes the published version off the
 * public site.
 */
export const recordReviewEvent: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const events = (req.context.reviewEvents as PendingReviewEvent[] | undefined) ?? []
  req.context.reviewEvents = undefined
  for (const event of events) {
    const fingerprinted = event.action === 'approve' || event.action === 'publish'
    const fingerprint = fingerprinted ? await contentFingerprint({ payload: req.payload, req }, collection.slug as ReviewedCollection, doc) : null
    await req.payload.create({
      collection: 'review-events',
      data: {
        item: {
          relationTo: collection.slug as 'documents' | 'interpretations',
          value: doc.id,
        },
        action: event.action,
        fromState: event.from,
        toState: event.to,
        reason: event.reason,
        disclosure: doc.disclosure ?? null,
        contentFingerprint: fingerprint,
        user: req.user?.id ?? null,
      },
      overrideAccess: true,
      req,
    })
  }
  for (const event of events) {
    if (event.action === 'publish' || event.action === 'withdraw') {
      req.payload.logger.info(`${event.action === 'publish' ? '已发布' : '已撤回'}：《${String(doc.title ?? doc.id)}》`)
    }
  }
  if (req.context.withdraw) {
    req.context.withdraw = undefined
    // Unpublish: the main document becomes a draft, so no public output holds it any more.
    await req.payload.update({
      collection: collection.slug as 'documents',
      id: doc.id,
      data: { _status: 'draft', reviewState: 'withdrawn' },
      overrideAccess: true,
    })
  }
  return doc
}
