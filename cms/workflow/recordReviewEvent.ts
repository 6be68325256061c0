import type { CollectionAfterChangeHook } from 'payload'

import type { PendingReviewEvent } from './applyWorkflow'

/**
 * Every transition is recorded: who, when, what, why, and the disclosure attribute at
 * that moment. A withdrawal also takes the published version off the public site.
 */
export const recordReviewEvent: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  const events = (req.context.reviewEvents as PendingReviewEvent[] | undefined) ?? []
  req.context.reviewEvents = undefined
  for (const event of events) {
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
        user: req.user?.id ?? null,
      },
      overrideAccess: true,
      req,
    })
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
