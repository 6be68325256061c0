/**
 * Whether the request's user may create in each of these collections, asked of each
 * collection's own create access. Endpoints that write through the local API (which skips
 * access) check this first, so that who may import is decided where who may create is,
 * and a change to a collection's rule reaches its endpoints too. Only a plain `true`
 * counts: a create access that answers a query constraint is not a yes.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'

export async function mayCreate(req: PayloadRequest, slugs: readonly CollectionSlug[]): Promise<boolean> {
  if (!req.user) return false
  for (const slug of slugs) {
    const access = req.payload.collections[slug]?.config.access.create
    if (!access || (await access({ req })) !== true) return false
  }
  return true
}
