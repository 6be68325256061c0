/**
 * The entries of an issue as stored (polymorphic relationships inside sections), read
 * into plain references: which collection, which id, which pages.
 */
export type IssueItemCollection = 'documents' | 'interpretations'

export type IssueEntryRef = {
  section: number
  collection: IssueItemCollection
  id: number | string
  firstPage: number | null
  lastPage: number | null
}

type StoredEntry = { item?: unknown; firstPage?: number | null; lastPage?: number | null }
type StoredSection = { title?: string | null; entries?: StoredEntry[] | null }

export function issueEntryRefs(sections: readonly StoredSection[] | null | undefined): IssueEntryRef[] {
  return (sections ?? []).flatMap((section, index) =>
    (section.entries ?? []).flatMap((entry) => {
      const target = relationTarget(entry.item)
      return target ? [{ section: index, ...target, firstPage: entry.firstPage ?? null, lastPage: entry.lastPage ?? null }] : []
    }),
  )
}

/** documents:12 — one item across all issues. */
export function entryKey(ref: { collection: IssueItemCollection; id: number | string }): string {
  return `${ref.collection}:${String(ref.id)}`
}

/** The id the print engine knows an entry by, e.g. documents-12 (a valid id in every output). */
export function printEntryId(ref: { collection: IssueItemCollection; id: number | string }): string {
  return `${ref.collection}-${String(ref.id)}`
}

/** The collection and id an entry's polymorphic relationship points to, populated or not. */
export function relationTarget(item: unknown): { collection: IssueItemCollection; id: number | string } | null {
  if (!item || typeof item !== 'object') return null
  const { relationTo, value } = item as { relationTo?: unknown; value?: unknown }
  if (relationTo !== 'documents' && relationTo !== 'interpretations') return null
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? { collection: relationTo, id } : null
}
