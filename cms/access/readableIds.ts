/**
 * Which records of a collection the requester may read, asked once per request and
 * collection (kept in req.context): one id-only query with the collection's own read
 * access, rather than one per row or per relationship value. Used to drop hidden targets
 * from relationship values (publicRelationValues.ts) and to refuse public filters naming
 * hidden ids (publicQueryGuard.ts).
 */
import type { PayloadRequest, Where } from 'payload'

import { perRequest } from './perRequest'

export type ReadableIds = { has: (id: unknown) => boolean }

const everything: ReadableIds = { has: () => true }
const nothing: ReadableIds = { has: () => false }

export function readableIds(req: PayloadRequest, slug: string): Promise<ReadableIds> {
  return perRequest(req, `readableIds:${slug}`, () => lookUp(req, slug))
}

async function lookUp(req: PayloadRequest, slug: string): Promise<ReadableIds> {
  const collection = req.payload.collections[slug as keyof typeof req.payload.collections]
  if (!collection) return nothing
  const access = await collection.config.access.read({ req })
  if (access === true) return everything
  if (!access) return nothing
  const { docs } = await req.payload.find({
    collection: slug as 'organizations',
    where: access as Where,
    overrideAccess: true,
    depth: 0,
    pagination: false,
    // Only the ids (the select type does not name `id`, which Payload always returns).
    select: { id: true } as unknown as Record<string, never>,
    req,
  })
  const ids = new Set(docs.map((doc) => String(doc.id)))
  return { has: (id) => (typeof id === 'string' || typeof id === 'number') && ids.has(String(id)) }
}
