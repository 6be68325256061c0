import type { CollectionAfterChangeHook } from 'payload'

import { eventFields } from '../logging/logFormat'
import { contentFingerprint } from './contentFingerprint'
import { takeReviewEvents } from './pendingReview'
import { type ReviewedItem, reviewedSlug } from './reviewed'
import { writeReviewEvent } from './writeReviewEvent'

/**
 * Every transition is recorded: who, when, what, why, and the disclosure attribute at
 * that moment; an approval and a publication also record the fingerprint of the saved
 * version (content, files, relations), so the record shows that the version published
 * is the version approved. The entries are those applyWorkflow held for this save
 * (pendingReview.ts); taking a withdrawn item off the public site is
 * unpublishWithdrawn's, the next hook.
 */
export const recordReviewEvent: CollectionAfterChangeHook<ReviewedItem> = async ({ doc, req, collection }) => {
  const slug = reviewedSlug(collection)
  const events = takeReviewEvents(req)
  for (const event of events) {
    const fingerprinted = event.action === 'approve' || event.action === 'publish'
    const fingerprint = fingerprinted ? await contentFingerprint({ payload: req.payload, req }, slug, doc) : null
    await writeReviewEvent(
      req.payload,
      { collection: slug, item: doc, ...event, contentFingerprint: fingerprint, user: req.user?.id ?? null },
      req,
    )
  }
  for (const event of events) {
    if (event.action === 'publish' || event.action === 'withdraw') {
      req.payload.logger.info({
        ...eventFields({ event: event.action === 'publish' ? 'publication' : 'withdrawal', collection: slug, id: doc.id }),
        msg: `${event.action === 'publish' ? '已发布' : '已撤回'}：《${String(doc.title ?? doc.id)}》`,
      })
    }
  }
  return doc
}
