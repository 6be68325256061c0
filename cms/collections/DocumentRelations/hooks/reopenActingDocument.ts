import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { stateAfterEdit, type ReviewState } from '../../../domain/workflow'
import { asSystem } from '../../../workflow/asSystem'

type Ref = number | string | { id: number | string } | null | undefined
const idOf = (value: Ref) => (value && typeof value === 'object' ? value.id : value)

/**
 * A relation a person enters, withdraws or removes is part of its acting document's
 * content: the document goes back to draft (the public keeps its published version),
 * so that an editor submits it and a reviewer sees the relation before it is public.
 */
export const reopenAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  await reopen(req, doc.from as Ref)
  if (previousDoc?.from && idOf(previousDoc.from as Ref) !== idOf(doc.from as Ref)) await reopen(req, previousDoc.from as Ref)
  return doc
}

export const reopenAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await reopen(req, doc.from as Ref)
  return doc
}

async function reopen(req: PayloadRequest, from: Ref) {
  const id = idOf(from)
  if (!req.user || id === null || id === undefined) return
  const latest = await req.payload.findByID({ collection: 'documents', id, draft: true, depth: 0, overrideAccess: true, req })
  const state = (latest.reviewState ?? 'draft') as ReviewState
  if (stateAfterEdit(state) === state) return
  await asSystem(req, () =>
    req.payload.update({ collection: 'documents', id, draft: true, data: { reviewState: stateAfterEdit(state) }, overrideAccess: true, req }),
  )
}
