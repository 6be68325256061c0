import type { PayloadRequest } from 'payload'

import type { BulkRequest } from '../../core/workflow/bulkWorkflow'
import type { ReviewState } from '../../core/workflow/workflow'
import { messages } from '../../core/messages'
import type { ReviewedCollection } from './reviewed'
import { refusalReason } from './refusalReason'

export type BulkItemResult =
  { id: string; title: string; ok: true; state: ReviewState | null } | { id: string; title: string; ok: false; reason: string }

/**
 * Applies one review step to each item in turn, exactly as the person's own save of that
 * item would: the Local API with their user and overrideAccess false, so collection
 * access, field access, the workflow's role and state rules, the personal-data check,
 * the approval fingerprint and the review record all apply per item. A refused item is
 * reported with its reason and the others go on.
 */
export async function applyBulkAction(
  req: PayloadRequest,
  collection: ReviewedCollection,
  request: BulkRequest,
): Promise<BulkItemResult[]> {
  const results: BulkItemResult[] = []
  for (const id of request.ids) results.push(await applyToItem(req, collection, request, id))
  return results
}

async function applyToItem(
  req: PayloadRequest,
  collection: ReviewedCollection,
  { action, reason }: BulkRequest,
  id: string,
): Promise<BulkItemResult> {
  const { payload, user } = req
  // Each item in a request of its own, as if saved alone: its own transaction (a refusal
  // rolls back that item only) and its own hand-off between the workflow's hooks (the
  // item's pending review events and withdrawal are kept per request: pendingReview.ts).
  const alone = () => ({ req: { i18n: req.i18n } as Partial<PayloadRequest>, user, overrideAccess: false as const })
  const item = await payload.findByID({ collection, id, draft: true, depth: 0, disableErrors: true, ...alone() })
  if (!item) return { id, title: `#${id}`, ok: false, reason: messages.bulk.itemMissing }
  const title = item.title || `#${id}`
  try {
    const saved =
      action === 'publish'
        ? // As the admin's 发布 button: the approved version, unchanged.
          await payload.update({ collection, id, data: { _status: 'published' }, draft: false, depth: 0, ...alone() })
        : // As choosing the 审核操作 and saving the draft.
          await payload.update({
            collection,
            id,
            data: { workflowAction: action, workflowReason: reason },
            draft: true,
            depth: 0,
            ...alone(),
          })
    return { id, title, ok: true, state: saved.reviewState ?? null }
  } catch (error) {
    const why = refusalReason(error)
    if (!why) payload.logger.error({ err: error, msg: `批量操作时出错：《${title}》` })
    return { id, title, ok: false, reason: why ?? messages.bulk.itemFailed }
  }
}
