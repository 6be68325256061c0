import type { Access } from 'payload'

import { isStaffUser } from '../../access/roles'

/** The public reads published issues only; staff read drafts too. */
export const publishedIssuesOnly: Access = ({ req }) => (isStaffUser(req.user) ? true : { _status: { equals: 'published' } })
