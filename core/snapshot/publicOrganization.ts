import type { PublicOrganization } from './schema'

type Related = { id: number | string; [key: string]: unknown }

/** A populated organisation becomes its public shape; an unpopulated id (not readable) is dropped. */
export function publicOrganization(value: unknown): PublicOrganization | null {
  if (!value || typeof value !== 'object') return null
  const org = value as Related
  const slug = String(org.slug ?? `org-${org.id}`)
  const shaped: PublicOrganization = {
    slug,
    name: String(org.name),
    shortName: typeof org.shortName === 'string' && org.shortName ? org.shortName : null,
  }
  return shaped
}
