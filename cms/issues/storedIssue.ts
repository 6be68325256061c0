/**
 * The issue as stored, not its latest draft: Payload hands hooks the latest version as
 * originalDoc, so whether an issue is published, and what it published, is read here.
 */
import type { PayloadRequest } from 'payload'

import type { GazetteIssue } from '../payload-types'

export async function storedIssue(req: PayloadRequest, id: number | string | undefined): Promise<GazetteIssue | null> {
  if (id === undefined) return null
  return req.payload.findByID({ collection: 'gazette-issues', id, draft: false, depth: 0, overrideAccess: true, req }).catch(() => null)
}
