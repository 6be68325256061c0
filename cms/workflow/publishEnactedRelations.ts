import type { CollectionAfterChangeHook } from 'payload'

import type { Document } from '../payload-types'
import { asSystem } from './asSystem'

/**
 * When a document is published after review, the relations it enacts that were
 * pending (entered since its last publication) become public with it, and those whose
 * withdrawal was asked for are removed: the reviewer saw both, and the approval's
 * fingerprint covered them (contentFingerprint).
 */
export const publishEnactedRelations: CollectionAfterChangeHook<Document> = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  const { docs } = await req.payload.find({
    collection: 'document-relations',
    where: { and: [{ from: { equals: doc.id } }, { or: [{ state: { equals: 'pending' } }, { retract: { equals: true } }] }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return doc
  await asSystem(req, async () => {
    for (const relation of docs) {
      if (relation.retract) await req.payload.delete({ collection: 'document-relations', id: relation.id, overrideAccess: true, req })
      else
        await req.payload.update({
          collection: 'document-relations',
          id: relation.id,
          data: { state: 'published' },
          overrideAccess: true,
          req,
        })
    }
  })
  return doc
}
