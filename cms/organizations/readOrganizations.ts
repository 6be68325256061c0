import type { Payload } from 'payload'

import type { Organization } from '../payload-types'

/**
 * The organisations the public may read, by database id: read once for the export
 * instead of populating them into every document (an id not here is not readable, as
 * an unpopulated relation would be).
 */
export async function readOrganizations(payload: Payload): Promise<Map<string, Pick<Organization, 'id' | 'slug' | 'name' | 'shortName'>>> {
  const { docs } = await payload.find({
    collection: 'organizations',
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { slug: true, name: true, shortName: true },
  })
  return new Map(docs.map((org) => [String(org.id), org]))
}
