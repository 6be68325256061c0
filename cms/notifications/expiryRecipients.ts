/**
 * Who is told that documents are about to expire: the editors, who draft a revision or a
 * repeal, and the publishers, who publish or withdraw; the admins when nobody holds
 * either role (as review notifications fall back to admins). One address once.
 */
import type { Payload } from 'payload'

export async function expiryRecipients(payload: Payload): Promise<string[]> {
  const withRoles = async (roles: string[]) => {
    const { docs } = await payload.find({
      collection: 'users',
      where: { or: roles.map((role) => ({ roles: { contains: role } })) },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    return docs.map((user) => user.email).filter(Boolean)
  }
  const office = await withRoles(['editor', 'publisher'])
  return [...new Set(office.length > 0 ? office : await withRoles(['admin']))]
}
