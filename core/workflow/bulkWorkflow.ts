/**
 * 批量操作: one review step applied to several selected items at once. Only the request
 * is judged here; each item then takes the very path of a single save (same hooks, same
 * record, same refusals), so a bulk action can never do what one action could not.
 */
import { messages } from '../messages'
import { type IdKind, isWellFormedId } from '../web/recordId'
import { checkTransition, reviewActionLabels, reviewStates } from './workflow'

export const bulkActions = ['submit', 'approve', 'send-back', 'publish', 'withdraw'] as const
export type BulkAction = (typeof bulkActions)[number]

/** The review steps' own names; 撤回 without the single form's explanation, which a menu does not need. */
export const bulkActionLabels: Record<BulkAction, string> = { ...reviewActionLabels, withdraw: '撤回', publish: '发布' }

/** What each step is called once done, in a per-item report. */
export const bulkActionDone: Record<BulkAction, string> = {
  submit: '已提交审核',
  approve: '已审核通过',
  'send-back': '已退回修改',
  publish: '已发布',
  withdraw: '已撤回',
}

/** A list page shows at most 100 rows; more in one request would hold the database too long. */
export const maxBulkItems = 100
export const maxBulkReasonLength = 2000

export type BulkRequest = { action: BulkAction; ids: string[]; reason: string | null }

export type BulkRequestCheck = { ok: true; request: BulkRequest } | { ok: false; status: 400 | 403; message: string }

export function isBulkAction(value: unknown): value is BulkAction {
  return typeof value === 'string' && (bulkActions as readonly string[]).includes(value)
}

/**
 * Whether a person with these roles may take this action on some item: the workflow's own
 * role rule (checkTransition), asked for every state, so the roles live in one place.
 */
export function mayTakeBulkAction(action: BulkAction, roles: readonly string[]): boolean {
  return reviewStates.some((from) => checkTransition(action, from, roles, '理由').ok)
}

/** The workflow's refusal of this action without a reason (退回修改, 撤回), or null when none is needed. */
export function bulkReasonRefusal(action: BulkAction, roles: readonly string[]): string | null {
  const from = reviewStates.find((state) => checkTransition(action, state, roles, '理由').ok)
  if (!from) return null
  const without = checkTransition(action, from, roles, null)
  return without.ok ? null : without.message
}

/** Checks a bulk request's body against the person's roles before any item is touched. */
export function readBulkRequest(body: unknown, roles: readonly string[], idKind: IdKind): BulkRequestCheck {
  const { action, ids, reason } = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
  if (!isBulkAction(action)) return { ok: false, status: 400, message: messages.bulk.unknownAction }
  if (!mayTakeBulkAction(action, roles)) {
    // The role refusal of the workflow itself ("您没有“发布”的权限（需要发布员或管理员角色）。").
    const refusal = checkTransition(action, 'draft', roles)
    return { ok: false, status: 403, message: refusal.ok ? messages.bulk.notStaff : refusal.message }
  }
  if (!Array.isArray(ids) || ids.length === 0) return { ok: false, status: 400, message: messages.bulk.noItems }
  if (ids.length > maxBulkItems) return { ok: false, status: 400, message: messages.bulk.tooMany(maxBulkItems) }
  const malformed = ids.find((id) => !isWellFormedId(id, idKind))
  if (malformed !== undefined) return { ok: false, status: 400, message: messages.recordIdMalformed(String(malformed).slice(0, 40)) }
  const text = typeof reason === 'string' && reason.trim() ? reason.trim() : null
  if (text && text.length > maxBulkReasonLength)
    return { ok: false, status: 400, message: messages.bulk.reasonTooLong(maxBulkReasonLength) }
  const needed = text ? null : bulkReasonRefusal(action, roles)
  if (needed) return { ok: false, status: 400, message: needed }
  // Publishing takes no reason: a note typed at publication is not kept (applyWorkflow).
  return { ok: true, request: { action, ids: [...new Set(ids.map(String))], reason: action === 'publish' ? null : text } }
}
