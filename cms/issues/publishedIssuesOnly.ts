import type { Access } from 'payload'

import { hasRole, isStaffUser } from '../access/roles'

/** The public reads published issues only; staff read drafts too. */
export const publishedIssuesOnly: Access = ({ req }) => (isStaffUser(req.user) ? true : { _status: { equals: 'published' } })

/** Admins may delete an issue that is not published (refuseDeletingRecord checks the rest). */
export const deleteUnpublishedIssues: Access = ({ req }) => (hasRole(req.user, 'admin') ? { _status: { not_equals: 'published' } } : false)
