import type { CollectionAfterChangeHook } from 'payload'

import { takeWithdrawal } from './pendingReview'
import { type ReviewedItem, reviewedSlug } from './reviewed'

/**
 * A withdrawal (撤回) takes the item off the public site: once the withdrawing save is
 * recorded (recordReviewEvent, the hook before), the main document becomes a draft,
 * so no public output holds it any more. applyWorkflow holds the withdrawal for this
 * save (pendingReview.ts). The update is the system's own, outside the person's save.
 */
export const unpublishWithdrawn: CollectionAfterChangeHook<ReviewedItem> = async ({ doc, req, collection }) => {
  if (!takeWithdrawal(req)) return doc
  await req.payload.update({
    collection: reviewedSlug(collection),
    id: doc.id,
    data: { _status: 'draft', reviewState: 'withdrawn' },
    overrideAccess: true,
  })
  return doc
}
