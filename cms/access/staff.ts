import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Any signed-in staff member. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Those who write content: editors and admins. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/**
 * Those who move items through review: editors, reviewers, publishers and admins may
 * save; what each may do to the state is the workflow's rule (domain/workflow.ts), and
 * any content change sends the item back to review.
 */
export const isWorkflowStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer', 'publisher')
