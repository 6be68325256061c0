/**
 * Loads what an issue prints: each entry's document or interpretation, as the print
 * engine needs it (title, number, issuers, body as the site's blocks). Publication
 * loads only what the public may read, so nothing unpublished or non-public can be
 * printed; a proof for staff may print drafts.
 */
import type { PayloadRequest } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import type { PrintEntry } from '../print/issueSchema'
import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import type { LexicalState } from '../../core/snapshot/lexical'
import { printEntryId, type IssueEntryRef } from './issueEntryRefs'

export type IssueItem = {
  ref: IssueEntryRef
  print: PrintEntry
  kind: string
  effectiveDate: string | null
  /** Published and 主动公开. */
  isPublic: boolean
  /** Withdrawn (撤回) since it was published. */
  withdrawn: boolean
}

type Named = { name?: string | null } | number | string | null | undefined

export async function loadIssueItems(
  req: PayloadRequest,
  refs: readonly IssueEntryRef[],
  timeZone: string,
  /** A proof prints the latest drafts; publication prints published versions only. */
  drafts: boolean,
): Promise<IssueItem[]> {
  const items: IssueItem[] = []
  for (const ref of refs) {
    // Without drafts, the published version: a newer draft is not what the public reads.
    const doc = await req.payload
      .findByID({ collection: ref.collection, id: ref.id, depth: 1, draft: drafts, overrideAccess: true, req })
      .catch(() => null)
    if (!doc) continue
    const record = doc as unknown as Record<string, unknown>
    const isPublic = record._status === 'published' && record.disclosure === 'proactive'
    const day = (value: unknown) => (typeof value === 'string' && value ? toCalendarDate(value, timeZone) : null)
    const names = (value: unknown): string[] =>
      (Array.isArray(value) ? (value as Named[]) : [value as Named]).flatMap((org) =>
        org && typeof org === 'object' && org.name ? [org.name] : [],
      )
    const isDocument = ref.collection === 'documents'
    items.push({
      ref,
      kind: isDocument ? String(record.kind) : 'interpretation',
      effectiveDate: isDocument ? day(record.effectiveDate) : null,
      isPublic,
      withdrawn: record.reviewState === 'withdrawn',
      print: {
        id: printEntryId(ref),
        title: String(record.title),
        docNumber: isDocument ? ((record.docNumber as string | null) ?? ((record.docNumberRaw as string | null) || null)) : null,
        issuers: isDocument ? names(record.issuers) : names(record.interpretationBody),
        writtenDate: day(isDocument ? record.writtenDate : record.publishedDate),
        body: blocksFromLexical(record.body as LexicalState | null | undefined),
        kind: isDocument ? 'document' : 'interpretation',
      },
    })
  }
  return items
}
