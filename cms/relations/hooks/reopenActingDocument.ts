import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { stateAfterEdit } from '../../../core/workflow/workflow'
import type { DocumentRelation } from '../../payload-types'
import { asSystem } from '../../workflow/asSystem'
import { relationId } from '../../../core/snapshot/relationId'

/**
 * A relation a person enters, withdraws or removes is part of its acting document's
 * content: the document goes back to draft (the public keeps its published version),
 * so that an editor submits it and a reviewer sees the relation before it is public.
 */
export const reopenAfterChange: CollectionAfterChangeHook<DocumentRelation> = async ({ doc, previousDoc, req }) => {
  await reopen(req, doc.from)
  if (previousDoc?.from && relationId(previousDoc.from) !== relationId(doc.from)) await reopen(req, previousDoc.from)
  return doc
}

export const reopenAfterDelete: CollectionAfterDeleteHook<DocumentRelation> = async ({ doc, req }) => {
  await reopen(req, doc.from)
  return doc
}

async function reopen(req: PayloadRequest, from: DocumentRelation['from']) {
  const id = relationId(from)
  if (!req.user || id === null) return
  const latest = await req.payload.findByID({ collection: 'documents', id, draft: true, depth: 0, overrideAccess: true, req })
  const state = latest.reviewState ?? 'draft'
  if (stateAfterEdit(state) === state) return
  await asSystem(req, () =>
    req.payload.update({
      collection: 'documents',
      id,
      draft: true,
      data: { reviewState: stateAfterEdit(state) },
      overrideAccess: true,
      req,
    }),
  )
}
