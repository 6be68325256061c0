/**
 * An issue's stored entries (polymorphic relationships with the pages stated or read back)
 * beside the items assembled for them: the pages to check, the pages to keep, the pages
 * to write back after printing.
 */
import type { GazetteIssue } from '../../payload-types'
import type { AssembledIssue } from '../assembleIssue'
import { printEntryId, relationTarget } from '../issueEntryRefs'
import type { IssueItem } from '../loadIssueItems'

export type StoredSections = NonNullable<GazetteIssue['sections']>
export type PageRanges = ReadonlyMap<string, { firstPage: number; lastPage: number }>

/** The print entry id of a stored entry's item ('' when it points nowhere). */
export function itemPrintId(item: unknown): string {
  const target = relationTarget(item)
  return target ? printEntryId(target) : ''
}

/** The pages stored for each entry, by print entry id. */
export function storedRanges(sections: StoredSections): Map<string, { firstPage: number; lastPage: number }> {
  const ranges = new Map<string, { firstPage: number; lastPage: number }>()
  for (const entry of sections.flatMap((section) => section.entries ?? [])) {
    if (entry.firstPage && entry.lastPage) ranges.set(itemPrintId(entry.item), { firstPage: entry.firstPage, lastPage: entry.lastPage })
  }
  return ranges
}

/** The stored sections with each entry's pages replaced from `ranges` (by print entry id). */
export function sectionsWithPages(sections: StoredSections, ranges: PageRanges): StoredSections {
  return sections.map((section) => ({
    ...section,
    entries: (section.entries ?? []).map((entry) => {
      const range = ranges.get(itemPrintId(entry.item))
      return range ? { ...entry, firstPage: range.firstPage, lastPage: range.lastPage } : entry
    }),
  }))
}

/** Each stored entry beside the item loaded for it (undefined when its item is gone). */
export function withItems(sections: StoredSections, assembled: AssembledIssue) {
  const byPrintId = new Map(assembled.items.map((item) => [item.print.id, item]))
  return sections.flatMap((section) => (section.entries ?? []).map((entry) => ({ entry, item: byPrintId.get(itemPrintId(entry.item)) })))
}

/** Each entry (of those `which` takes) with the pages the office stated for it, for the sync check. */
export function statedEntries(sections: StoredSections, assembled: AssembledIssue, which: (item: IssueItem) => boolean = () => true) {
  return withItems(sections, assembled).flatMap(({ entry, item }) =>
    item && which(item) && entry.firstPage && entry.lastPage
      ? [{ id: item.print.id, title: item.print.title, firstPage: entry.firstPage, lastPage: entry.lastPage }]
      : [],
  )
}
