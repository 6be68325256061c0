/**
 * An issue as it will print: header, sections, and each entry's loaded content, from
 * the stored record (the admin's data merged over the saved document).
 */
import type { PayloadRequest } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import type { GazetteIssue } from '../payload-types'
import { entryKey, issueEntryRefs } from './issueEntryRefs'
import { loadIssueItems, type IssueItem } from './loadIssueItems'
import type { PrintedIssue } from './printFingerprint'

export type AssembledIssue = {
  printed: PrintedIssue
  items: IssueItem[]
  /** Entries whose item could not be read at all (deleted). */
  missing: string[]
}

export async function assembleIssue(
  req: PayloadRequest,
  record: Partial<GazetteIssue>,
  timeZone: string,
  options: { drafts?: boolean } = {},
): Promise<AssembledIssue> {
  const sections = record.sections ?? []
  const refs = issueEntryRefs(sections)
  const items = await loadIssueItems(req, refs, timeZone, options.drafts ?? false)
  const byKey = new Map(items.map((item) => [entryKey(item.ref), item]))
  const idOf = (ref: number | { id: number } | null | undefined) => (ref && typeof ref === 'object' ? ref.id : (ref ?? null))
  const printed: PrintedIssue = {
    year: Number(record.year),
    issueNumber: Number(record.issueNumber),
    totalNumber: Number(record.totalNumber),
    publicationDate: typeof record.publicationDate === 'string' ? toCalendarDate(record.publicationDate, timeZone) : '',
    source: record.printSource === 'uploaded' ? 'uploaded' : 'generated',
    pageSize: typeof record.pageSize === 'string' && record.pageSize.trim() ? record.pageSize.trim() : 'A4',
    cover: idOf(record.cover),
    pdf: idOf(record.printPdf),
    sections: sections.map((section, index) => ({
      title: String(section.title ?? ''),
      entries: refs
        .filter((ref) => ref.section === index)
        .flatMap((ref) => {
          const item = byKey.get(entryKey(ref))
          return item ? [{ print: item.print, firstPage: ref.firstPage, lastPage: ref.lastPage }] : []
        }),
    })),
  }
  return { printed, items, missing: refs.filter((ref) => !byKey.has(entryKey(ref))).map(entryKey) }
}
