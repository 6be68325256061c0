import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

import type { DocumentRelation } from '../../payload-types'
import { relationMessages } from '../relationMessages'
import { relationId } from '../../../core/snapshot/relationId'

/**
 * A relation changes what the public reads about a published document (修改、废止、替代),
 * so it passes review with its acting document (the "from" side): a relation a person
 * enters is pending, and becomes public only when the acting document is next
 * published after review (publishEnactedRelations). A published relation is never
 * edited or deleted in place: staff ask for its withdrawal (retract), which takes
 * effect at that same publication. Work without a user (seeding, imports of history)
 * enters relations as published, as before.
 */
const publicFields = ['from', 'kind', 'to', 'date'] as const

export const holdForReview: CollectionBeforeChangeHook<DocumentRelation> = ({ data, originalDoc, operation, req }) => {
  if (!req.user) return { ...data, state: data.state ?? originalDoc?.state ?? 'published' }
  if (operation === 'create') return { ...data, state: 'pending', retract: false }
  if (originalDoc?.state !== 'published') return { ...data, state: 'pending', retract: false }
  const changed = publicFields.filter((name) => name in data && !sameField(name, data[name], originalDoc[name]))
  if (changed.length > 0) {
    throw new APIError(
      relationMessages.publishedIsFixed,
      400,
      changed.map((path) => ({ path, message: relationMessages.publishedIsFixed })),
      true,
    )
  }
  return { ...data, state: 'published' }
}

export const refuseDeletingPublished: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return
  const relation = await req.payload.findByID({ collection: 'document-relations', id, depth: 0, overrideAccess: true, req })
  if (relation.state === 'published') throw new APIError(relationMessages.publishedIsFixed, 400, null, true)
}

function sameField(name: (typeof publicFields)[number], a: unknown, b: unknown): boolean {
  if (name === 'date') return new Date(String(a)).getTime() === new Date(String(b)).getTime()
  if (name === 'kind') return a === b
  return relationId(a) === relationId(b)
}
