import type { FieldAccess } from 'payload'

import { isStaffUser } from './roles'

/**
 * Field-level read access for internal fields (review notes, reasons, workflow and
 * import bookkeeping): staff only, so a public document never carries them in REST or
 * GraphQL. The public snapshot picks its fields explicitly and never had them.
 */
export const staffOnlyField: { read: FieldAccess } = { read: ({ req }) => isStaffUser(req.user) }
