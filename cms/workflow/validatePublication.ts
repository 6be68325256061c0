import type { SelectFieldSingleValidation } from 'payload'

import { checkTransition, type ReviewState } from '../../core/workflow/workflow'

/**
 * Runs when an item is published (Payload validates only non-draft saves): a signed-in
 * person may publish only what a reviewer approved, and only as a publisher or admin.
 * System work without a user (seeding, scheduled publication of approved items) passes.
 */
export const validatePublication: SelectFieldSingleValidation = async (_value, { req, id, operation, collectionSlug, event }) => {
  if (!req.user || event === 'onChange') return true
  let state: ReviewState = 'draft'
  if (operation === 'update' && id !== undefined && collectionSlug) {
    const latest = await req.payload.findByID({
      collection: collectionSlug as 'documents',
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    })
    state = (latest.reviewState as ReviewState | null | undefined) ?? 'draft'
  }
  const check = checkTransition('publish', state, req.user.roles ?? [])
  return check.ok ? true : check.message
}
