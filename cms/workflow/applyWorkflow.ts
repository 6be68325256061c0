import { type CollectionBeforeChangeHook, type PayloadRequest, ValidationError } from 'payload'

import { checkTransition, type ReviewState, stateAfterEdit } from '../../core/workflow/workflow'
import { label } from '../fields/label'
import { checkPersonalData } from './checkPersonalData'
import { changedContentFields, contentChanged } from './contentChanged'
import { approvedFingerprint, contentFingerprint } from './contentFingerprint'
import { fieldLabel } from './fieldLabel'
import { holdReviewEvents, holdWithdrawal, type PendingReviewEvent } from './pendingReview'
import { type ReviewedCollection, type ReviewedItem, reviewedSlug } from './reviewed'
import { signatoryRecorded } from './signatoryRecorded'
import { workflowMessages } from './workflowMessages'

/**
 * Moves an item through the review workflow on save. A person's action is checked
 * against their roles and the stored state; an edit to submitted, approved or
 * published content sends it back to draft; publishing is gated by
 * validatePublication, and a publication must carry exactly the content (files and
 * relations included) whose fingerprint the reviewer approved. The state is always
 * recomputed here, never taken from the request. Work without a user (seeding,
 * scheduled jobs) keeps the state it is given. What the review record must say, and
 * whether the save withdraws the item, is held for the afterChange hooks
 * (pendingReview.ts: recordReviewEvent, unpublishWithdrawn).
 */
export const applyWorkflow: CollectionBeforeChangeHook<ReviewedItem> = async ({ data, originalDoc, req, operation, collection }) => {
  const stored: ReviewState = operation === 'create' ? 'draft' : (originalDoc?.reviewState ?? 'draft')
  const action = data.workflowAction
  const next: Partial<ReviewedItem> = { ...data, workflowAction: null }
  const slug = reviewedSlug(collection)
  const merged = { ...(originalDoc ?? {}), ...data, ...(originalDoc?.id !== undefined ? { id: originalDoc.id } : {}) }
  if (!req.user) {
    next.reviewState = data._status === 'published' ? 'published' : (data.reviewState ?? stored)
    return next
  }
  const reason = typeof data.workflowReason === 'string' && data.workflowReason.trim() ? data.workflowReason.trim() : null
  const events: PendingReviewEvent[] = []
  for (const allowed of newlyAllowed(data.personalDataOverrides, originalDoc?.personalDataOverrides)) {
    events.push({ action: 'allow-personal-data', from: stored, to: stored, reason: `放行“${allowed.text}”：${allowed.reason}` })
  }
  const signatory = signatoryRecorded(data, originalDoc)
  if (signatory) events.push({ action: 'sign-off', from: stored, to: stored, reason: signatory })
  let state = stored
  if (action) {
    // Withdrawing concerns the published version, whatever drafts followed it.
    const from = action === 'withdraw' && originalDoc?.id !== undefined ? await publishedState(req, slug, originalDoc.id, stored) : stored
    const check = checkTransition(action, from, req.user.roles ?? [], reason)
    if (!check.ok) fail(req, slug, 'workflowAction', check.message)
    if (check.ok) state = check.to
    if (action === 'submit' || action === 'approve') {
      const problem = checkPersonalData(merged)
      if (problem) fail(req, slug, 'workflowAction', problem)
    }
    if (action === 'withdraw') {
      next.withdrawnAt = new Date().toISOString()
      holdWithdrawal(req)
    }
    events.push({ action, from, to: state, reason })
    next.workflowReason = null
  } else if (operation === 'update' && contentChanged(data, originalDoc)) {
    state = stateAfterEdit(stored)
  }
  if (data._status === 'published') {
    const problem = checkPersonalData(merged)
    if (problem) fail(req, slug, 'reviewState', problem)
    // A new item was never approved: validatePublication refuses it with its own message.
    if (operation === 'update') await publishedAsApproved({ req, slug, data, originalDoc, merged, fields: collection.fields })
    events.push({ action: 'publish', from: stored, to: 'published', reason: null })
    // A note typed at publication belongs to the record, not to the published version.
    next.workflowReason = null
    state = 'published'
  }
  next.reviewState = state
  holdReviewEvents(req, events)
  return next
}

type PublishCheck = {
  req: PayloadRequest
  slug: ReviewedCollection
  data: Partial<ReviewedItem>
  originalDoc: ReviewedItem | undefined
  merged: Partial<ReviewedItem>
  fields: Parameters<typeof fieldLabel>[0]
}

/**
 * A publication by a person publishes the approved version and nothing else: no field
 * changed in the same request, and the content, files and relations still have the
 * fingerprint recorded with the approval. (Whether the item is approved at all is
 * validatePublication's check.)
 */
async function publishedAsApproved({ req, slug, data, originalDoc, merged, fields }: PublishCheck): Promise<void> {
  if (!originalDoc) return
  const changed = changedContentFields(data, originalDoc)
  if (changed.length > 0) {
    const names = changed.map((name) => fieldLabel(fields, name))
    fail(req, slug, changed[0] ?? '_status', workflowMessages.publishWithChanges(names))
  }
  if (originalDoc.publishedDate && data.publishedDate && !sameInstant(originalDoc.publishedDate, data.publishedDate)) {
    fail(req, slug, 'publishedDate', workflowMessages.publishWithChanges([fieldLabel(fields, 'publishedDate')]))
  }
  if (originalDoc.reviewState !== 'approved' || originalDoc.id === undefined) return
  const reader = { payload: req.payload, req }
  const approved = await approvedFingerprint(reader, slug, originalDoc.id)
  if (approved !== (await contentFingerprint(reader, slug, merged))) fail(req, slug, '_status', workflowMessages.approvedVersionChanged)
}

function sameInstant(a: unknown, b: unknown): boolean {
  return new Date(String(a)).getTime() === new Date(String(b)).getTime()
}

type Allowed = NonNullable<ReviewedItem['personalDataOverrides']>[number]

/** Exceptions a reviewer added in this save, for the record. */
function newlyAllowed(now: Allowed[] | null | undefined, before: Allowed[] | null | undefined): Allowed[] {
  const known = new Set((before ?? []).map((a) => `${a.text}\u0000${a.reason}`))
  return (now ?? []).filter((a) => a.text && !known.has(`${a.text}\u0000${a.reason}`))
}

async function publishedState(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  fallback: ReviewState,
): Promise<ReviewState> {
  const main = await req.payload.findByID({ collection, id, draft: false, depth: 0, overrideAccess: true, req })
  return main._status === 'published' ? 'published' : fallback
}

/** Refuses the save, naming the field at `path` by its own label so the admin marks that field. */
function fail(req: PayloadRequest, collection: ReviewedCollection, path: string, message: string): never {
  const fields = req.payload.collections[collection]?.config.fields
  const name = fields ? fieldLabel(fields, path) : path
  throw new ValidationError({ collection, errors: [{ path, label: name === path ? label('审核', 'Review') : name, message }], req }, req.t)
}
