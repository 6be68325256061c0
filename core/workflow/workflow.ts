/**
 * 先审查、后公开: the review workflow as a closed state machine. Editors draft and
 * submit; reviewers approve (after the confidentiality and content review) or send
 * back; publishers publish what was approved and withdraw what was published.
 */
import { roleLabels, type Role } from '../access/roles'

export const reviewStates = ['draft', 'submitted', 'approved', 'sent-back', 'published', 'withdrawn'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateLabels: Record<ReviewState, string> = {
  draft: '草稿',
  submitted: '待审核',
  approved: '审核通过，待发布',
  'sent-back': '已退回修改',
  published: '已发布',
  withdrawn: '已撤回',
}

/** Actions a person takes; publishing itself is Payload's publish button. */
export const reviewActions = ['submit', 'approve', 'send-back', 'withdraw'] as const
export type ReviewAction = (typeof reviewActions)[number]

export const reviewActionLabels: Record<ReviewAction, string> = {
  submit: '提交审核',
  approve: '审核通过',
  'send-back': '退回修改',
  withdraw: '撤回（从公报网站下线）',
}

type Transition = { from: readonly ReviewState[]; to: ReviewState; roles: readonly Role[]; needsReason: boolean }

const transitions: Record<ReviewAction | 'publish', Transition> = {
  submit: { from: ['draft', 'sent-back', 'withdrawn'], to: 'submitted', roles: ['editor', 'admin'], needsReason: false },
  approve: { from: ['submitted'], to: 'approved', roles: ['reviewer', 'admin'], needsReason: false },
  'send-back': { from: ['submitted', 'approved'], to: 'sent-back', roles: ['reviewer', 'admin'], needsReason: true },
  publish: { from: ['approved'], to: 'published', roles: ['publisher', 'admin'], needsReason: false },
  withdraw: { from: ['published'], to: 'withdrawn', roles: ['publisher', 'admin'], needsReason: true },
}

export type TransitionCheck = { ok: true; to: ReviewState } | { ok: false; message: string }

/** Whether a person with these roles may take this action on an item in this state. */
export function checkTransition(
  action: ReviewAction | 'publish',
  from: ReviewState,
  roles: readonly string[],
  reason?: string | null,
): TransitionCheck {
  const rule = transitions[action]
  const name = action === 'publish' ? '发布' : reviewActionLabels[action]
  if (!rule.roles.some((role) => roles.includes(role))) {
    return { ok: false, message: `您没有“${name}”的权限（需要${rule.roles.map((r) => roleLabels[r]).join('或')}角色）。` }
  }
  if (!rule.from.includes(from)) {
    return { ok: false, message: `当前状态为“${reviewStateLabels[from]}”，不能${name}。${hint(action)}` }
  }
  if (rule.needsReason && !reason?.trim()) return { ok: false, message: `${name}时必须填写理由。` }
  return { ok: true, to: rule.to }
}

/** An edit to the content of an item under review or approved sends it back to draft: it must be reviewed again. */
export function stateAfterEdit(state: ReviewState): ReviewState {
  return state === 'submitted' || state === 'approved' || state === 'published' ? 'draft' : state
}

function hint(action: ReviewAction | 'publish'): string {
  if (action === 'publish') return '只有审核通过的内容才能发布：请先提交审核，由审核员审核通过。'
  if (action === 'approve') return '只有待审核的内容才能审核通过。'
  return ''
}
