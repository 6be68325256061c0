import type { Manifest } from '../../core/snapshot/schema'

export type WithdrawnNotice = Manifest['withdrawn'][number]

// The schema does not constrain these ids; one that is not a plain address segment
// cannot be a page of its own, and was never a document address either.
const PAGE_ID = /^[a-z0-9-]+$/

/**
 * The withdrawn documents that get a notice at their old address. A document withdrawn
 * and later republished is public again: its page wins and no notice is made.
 */
export function withdrawnNotices({ documents, withdrawn }: Pick<Manifest, 'documents' | 'withdrawn'>): WithdrawnNotice[] {
  const published = new Set(documents.map((document) => document.id))
  const seen = new Set<string>()
  return withdrawn.filter(({ id }) => {
    if (published.has(id) || seen.has(id) || !PAGE_ID.test(id)) return false
    seen.add(id)
    return true
  })
}
