import type { PublicOrganization } from './schema'

type Related = { id: number | string; [key: string]: unknown }

export /** A populated organisation becomes its public shape; an unpopulated id (not readable) is dropped. */
function publicOrganization(value: unknown, seen: Map<string, PublicOrganization>): PublicOrganization | null {
  if (!value || typeof value !== 'object') return null
  const org = value as Related
  const slug = String(org.slug ?? `org-${org.id}`)
  const shaped: PublicOrganization = {
    slug,
    name: String(org.name),
    shortName: typeof org.shortName === 'string' && org.shortName ? org.shortName : null,
  }
  seen.set(slug, shaped)
  return shaped
}
