/** Names as printed (全称 or 简称) to registered organisations; a name may match none or several. */
import type { Payload } from 'payload'

import type { Organization } from '../payload-types'

export async function matchOrganizations(payload: Payload, names: readonly string[]): Promise<Map<string, Array<Organization['id']>>> {
  const wanted = [...new Set(names.filter(Boolean))]
  const result = new Map<string, Array<Organization['id']>>()
  if (wanted.length === 0) return result
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { or: [{ name: { in: wanted } }, { shortName: { in: wanted } }] },
    pagination: false,
    depth: 0,
  })
  for (const name of wanted) {
    const byName = docs.filter((org) => org.name === name)
    result.set(
      name,
      (byName.length > 0 ? byName : docs.filter((org) => org.shortName === name)).map((org) => org.id),
    )
  }
  return result
}
