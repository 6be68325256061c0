/**
 * Attaches the e-mail notifier to the review record (review-events), so that every
 * recorded step — by a person through the workflow or by scheduled publication — is
 * notified the same way, without touching the workflow's own code. payload.config.ts
 * passes every collection through it after the review workflow's plugin has added the
 * record (workflow/plugin.ts).
 */
import type { CollectionConfig } from 'payload'

import { notifyReviewEvent } from './notifyReviewEvent'

export function withReviewNotifications(collection: CollectionConfig): CollectionConfig {
  if (collection.slug !== 'review-events') return collection
  return {
    ...collection,
    hooks: { ...collection.hooks, afterChange: [...(collection.hooks?.afterChange ?? []), notifyReviewEvent] },
  }
}
