/**
 * Who is told about a review step: reviewers of a submission, publishers of an approval
 * (admins when nobody holds the role), and the editor who submitted the item of its
 * sending back and its publication. The person who acted is never told of their own step.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { Role } from '../../core/access/roles'
import type { NotifiedAction } from './reviewMail'

type Id = number | string
export type Recipient = { id: Id; email: string }

async function usersWithRole(payload: Payload, req: PayloadRequest | undefined, role: Role): Promise<Recipient[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { contains: role } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((user) => ({ id: user.id, email: user.email }))
}

async function byRole(payload: Payload, req: PayloadRequest | undefined, role: Role): Promise<Recipient[]> {
  const holders = await usersWithRole(payload, req, role)
  return holders.length > 0 ? holders : usersWithRole(payload, req, 'admin')
}

/** The user of the item's latest submission (review-events, action submit). */
async function submittingEditor(payload: Payload, req: PayloadRequest | undefined, collection: string, itemId: Id): Promise<Recipient[]> {
  const { docs } = await payload.find({
    collection: 'review-events',
    where: {
      and: [{ 'item.relationTo': { equals: collection } }, { 'item.value': { equals: itemId } }, { action: { equals: 'submit' } }],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 1,
    overrideAccess: true,
    req,
  })
  const user = docs[0]?.user
  return user && typeof user === 'object' ? [{ id: user.id, email: user.email }] : []
}

export async function recipientsFor(
  payload: Payload,
  req: PayloadRequest | undefined,
  event: { action: NotifiedAction; collection: string; itemId: Id; actorId?: Id | null },
): Promise<Recipient[]> {
  const found =
    event.action === 'submit'
      ? await byRole(payload, req, 'reviewer')
      : event.action === 'approve'
        ? await byRole(payload, req, 'publisher')
        : await submittingEditor(payload, req, event.collection, event.itemId)
  const seen = new Set<string>()
  return found.filter((user) => {
    if (event.actorId != null && String(user.id) === String(event.actorId)) return false
    if (!user.email || seen.has(user.email)) return false
    seen.add(user.email)
    return true
  })
}
