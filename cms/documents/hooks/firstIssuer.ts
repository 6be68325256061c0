import type { PayloadRequest } from 'payload'

import type { Document, Organization } from '../../payload-types'

/**
 * The document's first 发文机关 as it will be saved (the change, else the stored value),
 * read with the system's access: its organisation code decides the 索引号.
 */
export async function firstIssuer(
  data: Partial<Document>,
  originalDoc: Document | undefined,
  req: PayloadRequest,
): Promise<Organization | null> {
  const issuers = data.issuers ?? originalDoc?.issuers ?? []
  const first = issuers[0]
  if (first === undefined) return null
  return req.payload.findByID({
    collection: 'organizations',
    id: typeof first === 'object' ? first.id : first,
    depth: 0,
    overrideAccess: true,
    req,
  })
}
