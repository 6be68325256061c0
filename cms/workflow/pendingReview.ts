/**
 * The hand-off between the workflow's hooks of one save: applyWorkflow (beforeChange)
 * decides what the review record must say and whether the save withdraws the item;
 * recordReviewEvent and unpublishWithdrawn (afterChange) carry it out. Kept per request
 * object, the one Payload hands to every hook of a save (and to a save nested in it with
 * the same req), in this module alone, typed. Each value is taken once: reading it clears it.
 */
import type { PayloadRequest } from 'payload'

import type { ReviewAction, ReviewState } from '../../core/workflow/workflow'

/** One entry the review record will get once the save has succeeded. */
export type PendingReviewEvent = {
  action: ReviewAction | 'publish' | 'allow-personal-data' | 'sign-off'
  from: ReviewState
  to: ReviewState
  reason: string | null
}

type PendingReview = { events?: PendingReviewEvent[]; withdraw?: boolean }

const pending = new WeakMap<PayloadRequest, PendingReview>()

function of(req: PayloadRequest): PendingReview {
  let found = pending.get(req)
  if (!found) pending.set(req, (found = {}))
  return found
}

/** applyWorkflow: the entries this save records (replacing any left untaken). */
export function holdReviewEvents(req: PayloadRequest, events: PendingReviewEvent[]): void {
  of(req).events = events
}

/** recordReviewEvent: the entries held for this request, then none. */
export function takeReviewEvents(req: PayloadRequest): PendingReviewEvent[] {
  const held = of(req)
  const events = held.events ?? []
  held.events = undefined
  return events
}

/** applyWorkflow: this save withdraws the item from the public. */
export function holdWithdrawal(req: PayloadRequest): void {
  of(req).withdraw = true
}

/** unpublishWithdrawn: whether a withdrawal is held for this request, then not. */
export function takeWithdrawal(req: PayloadRequest): boolean {
  const held = of(req)
  const withdraw = held.withdraw === true
  held.withdraw = undefined
  return withdraw
}
