import type { RelationshipFieldSingleValidation } from 'payload'

import { configuredDocumentKinds } from '../../core/documents/documentKindsFile'
import { requiresInterpretationBody } from '../../core/interpretations/interpretationClause'
import { messages } from '../../core/messages'

type Ref = number | string | { id: number | string }

/** At publication: a government's rules and normative documents must name their interpretation body. */
export const validateInterpretationBody: RelationshipFieldSingleValidation = async (value, { siblingData, req }) => {
  if (value) return true
  const issuers = ((siblingData as { issuers?: Ref[] }).issuers ?? []).map((ref) => (typeof ref === 'object' ? ref.id : ref))
  if (issuers.length === 0) return true
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: { id: { in: issuers } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const byGovernment = docs.some((org) => org.isGovernment)
  return requiresInterpretationBody((siblingData as { kind?: string }).kind, byGovernment, configuredDocumentKinds())
    ? messages.interpretationBodyRequired
    : true
}
