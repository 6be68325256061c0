import type { Access, Where } from 'payload'

import { isStaffUser } from '../access/roles'

/**
 * The public sees a relation only when it was published with its acting document after
 * review, and both documents are public themselves.
 */
export const publicRelationsOnly: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const bothPublic: Where = {
    and: [
      { state: { equals: 'published' } },
      { 'from._status': { equals: 'published' } },
      { 'from.disclosure': { equals: 'proactive' } },
      { 'to._status': { equals: 'published' } },
      { 'to.disclosure': { equals: 'proactive' } },
    ],
  }
  return bothPublic
}
