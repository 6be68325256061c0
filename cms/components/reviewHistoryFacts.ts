/**
 * An item's review record, read for its page in the admin (ReviewHistory.tsx): the
 * entries with the signed-in person's own right to read the record (staff), oldest
 * first, each naming who acted.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { HistoryEntry } from '../../core/workflow/reviewHistory'
import { relationId } from '../../core/snapshot/relationId'

/** More than any item gathers in years of ordinary work; the full record stays in 审核记录. */
const MAX_ENTRIES = 500

export async function reviewHistoryOf(
  payload: Payload,
  req: PayloadRequest,
  collection: 'documents' | 'interpretations',
  id: number | string,
): Promise<HistoryEntry[]> {
  const { docs } = await payload.find({
    collection: 'review-events',
    where: { and: [{ 'item.relationTo': { equals: collection } }, { 'item.value': { equals: id } }] },
    sort: '-id',
    limit: MAX_ENTRIES,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const names = await actorNames(
    payload,
    req,
    docs.map((event) => relationId(event.user)),
  )
  return docs.reverse().map((event) => {
    const userId = relationId(event.user)
    return {
      action: event.action,
      at: event.createdAt,
      by: userId === null ? null : (names.get(userId) ?? `用户 #${userId}`),
      reason: event.reason ?? null,
      fingerprint: event.contentFingerprint ?? null,
    }
  })
}

/**
 * "姓名（email）" of each person in the record. Staff other than admins may not read
 * other accounts, but who acted is the record's own content (谁审查、谁负责), as in the
 * review e-mails: only the name and e-mail are read.
 */
async function actorNames(payload: Payload, req: PayloadRequest, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    select: { name: true, email: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [String(user.id), user.name ? `${user.name}（${user.email}）` : user.email]))
}
