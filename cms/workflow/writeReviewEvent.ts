/**
 * The one place an entry is written to the review record (review-events): by
 * recordReviewEvent for a person's save and by publishDue for scheduled publication.
 * The record is written by the system alone (its collection refuses every request), so
 * always with overrideAccess; inside a save, with that save's request and transaction.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ReviewEvent } from '../payload-types'
import type { ReviewedCollection, ReviewedItem } from './reviewed'

export type ReviewEventEntry = {
  collection: ReviewedCollection
  item: Pick<ReviewedItem, 'id' | 'disclosure'>
  action: ReviewEvent['action']
  from: NonNullable<ReviewEvent['fromState']>
  to: NonNullable<ReviewEvent['toState']>
  reason: string | null
  /** The saved version's fingerprint (approvals and publications: contentFingerprint.ts). */
  contentFingerprint?: string | null
  /** Who acted; absent for the system's own work. */
  user?: number | null
}

export async function writeReviewEvent(payload: Payload, entry: ReviewEventEntry, req?: PayloadRequest): Promise<void> {
  await payload.create({
    collection: 'review-events',
    data: {
      item: { relationTo: entry.collection, value: entry.item.id },
      action: entry.action,
      fromState: entry.from,
      toState: entry.to,
      reason: entry.reason,
      // The disclosure attribute at that moment: the record shows what was made public as what.
      disclosure: entry.item.disclosure ?? null,
      contentFingerprint: entry.contentFingerprint,
      user: entry.user,
    },
    overrideAccess: true,
    req,
  })
}
