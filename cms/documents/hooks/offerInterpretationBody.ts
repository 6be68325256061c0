import type { CollectionBeforeValidateHook } from 'payload'

import { findInterpretationBodyName } from '../../../core/interpretations/interpretationClause'
import { plainTextFromLexical } from '../../../core/snapshot/plainText'
import type { Document } from '../../payload-types'

/**
 * When 解读主体 is empty and the body ends with "本文件由…负责解读", the named organ is
 * filled in, if exactly one registered organisation (preferably among the issuers)
 * has that name or short name. The editor sees it and can change it.
 */
export const offerInterpretationBody: CollectionBeforeValidateHook<Document> = async ({ data, originalDoc, req }) => {
  if (!data || data.interpretationBody || originalDoc?.interpretationBody || !data.body) return data
  const name = findInterpretationBodyName(plainTextFromLexical(data.body))
  if (!name) return data
  const { docs } = await req.payload.find({
    collection: 'organizations',
    where: { or: [{ name: { equals: name } }, { shortName: { equals: name } }] },
    depth: 0,
    limit: 20,
    overrideAccess: true,
    req,
  })
  const issuers = new Set((data.issuers ?? originalDoc?.issuers ?? []).map((r) => String(typeof r === 'object' ? r.id : r)))
  const amongIssuers = docs.filter((org) => issuers.has(String(org.id)))
  const chosen = amongIssuers.length === 1 ? amongIssuers[0] : docs.length === 1 ? docs[0] : undefined
  return chosen ? { ...data, interpretationBody: chosen.id } : data
}
