/**
 * Below the documents list's search and filters (Payload's beforeListTable slot): the
 * box that imports existing files as drafts. Only editors and admins may import, so
 * only they see it; the limits come from the server's settings (IMPORT_MAX_FILES,
 * IMPORT_MAX_BYTES) so that the box refuses what the server would.
 */
import type { TypedUser } from 'payload'

import { hasRole } from '../access/roles'
import { importLimits } from '../import/importLimits'
import { ImportDropZone } from './ImportDropZone'

export function ImportUpload({ user }: { user?: TypedUser | null }) {
  if (!hasRole(user, 'editor', 'admin')) return null
  return <ImportDropZone limits={importLimits()} />
}
