import type { SanitizedCollectionConfig } from 'payload'

/** What a collection's items are called in Chinese (文件、政策解读…), for build reasons and logs. */
export function itemKind(collection: Pick<SanitizedCollectionConfig, 'labels' | 'slug'>): string {
  const singular = collection.labels?.singular as unknown
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object' && typeof (singular as { zh?: unknown }).zh === 'string')
    return (singular as { zh: string }).zh
  return collection.slug
}
