import type { Access, Where } from 'payload'

import { isStaffUser } from './roles'

/**
 * What the public may read: published versions whose disclosure attribute is
 * 主动公开. Staff read everything. A query, not a boolean, so that REST, GraphQL, the
 * Local API with overrideAccess: false and the export all apply the same filter.
 */
export const publishedAndPublic: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const publicOnly: Where = {
    and: [{ _status: { equals: 'published' } }, { disclosure: { equals: 'proactive' } }],
  }
  return publicOnly
}
