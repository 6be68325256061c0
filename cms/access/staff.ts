import type { Access } from 'payload'

import { hasRole, isStaffUser } from './roles'

/** Any signed-in staff member. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Those who write content: editors and admins. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
