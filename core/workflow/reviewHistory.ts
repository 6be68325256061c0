/**
 * An item's review record as the admin shows it on the item's page: every entry in
 * order, and the 签发 at a glance — who entered the 签发人 of the original, the approval
 * that authorised issuing the version, and its publication (domain/signOff.ts).
 */
import { reviewActionLabels, type ReviewState } from './workflow'

export type HistoryEntry = {
  action: string
  at: string
  /** The person as the record names them; null for the system (scheduled publication). */
  by: string | null
  reason: string | null
  fingerprint: string | null
}

export const historyActionLabels: Record<string, string> = {
  ...reviewActionLabels,
  withdraw: '撤回',
  publish: '发布',
  'allow-personal-data': '放行个人信息',
  'sign-off': '登记签发人',
}

export type SignOffView = {
  /** The latest entry of the 签发人 (who entered it, when). */
  signatoryEntry: HistoryEntry | null
  /** The latest approval: the authorisation to issue that version. */
  approval: HistoryEntry | null
  /** Whether content changed after that approval, so it no longer authorises anything. */
  approvalSuperseded: boolean
  /** The latest publication, and whether it carried the fingerprint of the approval before it. */
  publication: HistoryEntry | null
  publishedAsApproved: boolean | null
}

/** The 签发 of an item from its record (oldest entry first) and its current review state. */
export function signOffView(entries: readonly HistoryEntry[], state: ReviewState): SignOffView {
  const last = (action: string, before = entries.length) => {
    for (let i = before - 1; i >= 0; i--) if (entries[i]?.action === action) return { entry: entries[i] as HistoryEntry, index: i }
    return null
  }
  const approval = last('approve')
  const publication = last('publish')
  const authorising = publication ? last('approve', publication.index) : null
  return {
    signatoryEntry: last('sign-off')?.entry ?? null,
    approval: approval?.entry ?? null,
    approvalSuperseded:
      approval !== null && state !== 'approved' && state !== 'published' && (publication === null || publication.index < approval.index),
    publication: publication?.entry ?? null,
    publishedAsApproved: publication
      ? Boolean(authorising?.entry.fingerprint && authorising.entry.fingerprint === publication.entry.fingerprint)
      : null,
  }
}
