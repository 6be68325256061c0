/**
 * One entry of a back issue as a draft document: the importer's fields (draftFields.ts:
 * title, 发文字号, 发文机关 matched to the register, dates, body as rich text; 文件类型
 * left for the editor, as every import does), with a 导入报告 that says where it was
 * printed, whether it was read by OCR and what to check. Its import key names the issue
 * and the entry's position, so that the 导入信息 panel shows the report and a run killed
 * before the issue was saved finds its drafts again. A document already published is left
 * as it is; a 发文字号 another document holds is not filled in (a likely duplicate, the
 * register allows a number once) but named in the report; dates out of order, which
 * every save refuses, are left out and named too, so that one entry's slip does not stop
 * the issue.
 */
import type { Payload } from 'payload'

import type { BackIssueEntry, PageText } from '../../core/backIssues'
import { toCalendarDate } from '../../core/calendar/calendarDate'
import { checkDocumentDates, type DocumentDates } from '../../core/documents/documentDates'
import type { IssueKey } from '../../core/issues/issueLabel'
import { messages } from '../../core/messages'
import { gazetteTimeZone } from '../../core/settings'
import { draftFields, type DraftFields, missingFieldsNote } from '../import/draftFields'
import type { Document } from '../payload-types'
import { backIssueMessages } from './backIssueMessages'
import { earlierImport } from './earlierImport'
import { entryNotes } from './entryNotes'
import { type HeldEntry, isPublished } from './heldEntries'
import { ocrProofing } from './proofSpots'
import type { SavedEntry } from './savedEntry'

export type EntryContext = {
  issue: IssueKey
  /** 1-based, in print order. */
  position: number
  /** The item the issue already holds for this entry (matchEntries.ts), if any. */
  held: HeldEntry | null
  /** Which other issue holds each item, by entry key. */
  holders: ReadonlyMap<string, IssueKey>
  /** The reader's problems, by page. */
  problems: ReadonlyArray<{ page: number | null; message: string }>
  /** The pages as read, and the print PDF stored for them: an OCR'd entry's proofreading record (proofSpots.ts). */
  pageTexts?: readonly PageText[]
  printPdf?: number | null
}

/** The import key of a back issue's entry: the issue and the entry's place in it. */
export function backIssueImportKey(issue: Pick<IssueKey, 'year' | 'issueNumber'>, position: number): string {
  return `backissue:${issue.year}-${issue.issueNumber}:${position}`
}

export async function saveDocumentEntry(payload: Payload, entry: BackIssueEntry, context: EntryContext): Promise<SavedEntry> {
  const importKey = backIssueImportKey(context.issue, context.position)
  const target = context.held ?? (await earlierImport(payload, 'documents', { importKey: { equals: importKey } }, context.holders))
  const draft = await draftFields(payload, entry.document)
  const title = draft.data.title ?? backIssueMessages.untitled(entry.firstPage)
  const base = {
    position: context.position,
    collection: 'documents' as const,
    section: entry.section,
    firstPage: entry.firstPage,
    lastPage: entry.lastPage,
    ocr: entry.ocr,
  }
  if (target && (context.held?.published ?? (await isPublished(payload, { collection: 'documents', id: target.id })))) {
    const published = await payload.findByID({ collection: 'documents', id: target.id, depth: 0 })
    const note = backIssueMessages.published(published.title)
    return { ...base, id: published.id, title: published.title, docNumber: published.docNumber ?? null, status: 'published', notes: [note] }
  }

  const notes = [...entryNotes(entry, context.problems), ...draft.notes]
  if (!draft.data.title) notes.push(backIssueMessages.untitledNote)
  const holder = draft.docNumber ? await numberHolder(payload, draft.docNumber, target?.id) : null
  if (holder) notes.push(backIssueMessages.numberTaken(entry.document.docNumber?.value.raw ?? draft.docNumber ?? '', holder))
  const dates = datesInOrder(draft.data, notes)
  notes.push(missingFieldsNote(entry.document))
  const data = {
    ...draft.data,
    ...dates,
    title,
    docNumberRaw: holder ? null : draft.data.docNumberRaw,
    importKey,
    importReport: [backIssueMessages.origin(context.issue, entry.firstPage, entry.lastPage, entry.section), ...notes].join('\n'),
    ocrProofing: entry.ocr ? ocrProofing(entry, context.pageTexts ?? [], context.printPdf ?? null) : null,
    _status: 'draft' as const,
  }
  const saved = target
    ? await payload.update({ collection: 'documents', id: target.id, data, draft: true, depth: 0 })
    : await payload.create({ collection: 'documents', data, draft: true, depth: 0 })
  return {
    ...base,
    id: saved.id,
    title,
    docNumber: holder ? null : draft.docNumber,
    status: target ? 'updated' : 'created',
    notes,
  }
}

/** The title of another document that already has this number, in its stored record or its latest draft. */
async function numberHolder(payload: Payload, strict: string, own: Document['id'] | undefined): Promise<string | null> {
  for (const draft of [false, true]) {
    const { docs } = await payload.find({
      collection: 'documents',
      where: { and: [{ docNumber: { equals: strict } }, ...(own === undefined ? [] : [{ id: { not_equals: own } }])] },
      limit: 1,
      depth: 0,
      draft,
    })
    if (docs[0]) return String(docs[0].title)
  }
  return null
}

/** The dates the read ones may be saved as: a later date out of order is left out, with the rule's message. */
function datesInOrder(data: DraftFields['data'], notes: string[]): Record<string, null> {
  const timeZone = gazetteTimeZone()
  const day = (value: string | null | undefined) => (value ? toCalendarDate(value, timeZone) : undefined)
  const dates: DocumentDates = {
    writtenDate: day(data.writtenDate),
    effectiveDate: day(data.effectiveDate),
    expiresOn: day(data.expiresOn),
    repealedOn: day(data.repealedOn),
  }
  const cleared: Record<string, null> = {}
  for (const issue of checkDocumentDates(dates)) {
    cleared[issue.field] = null
    notes.push(`${messages.dateOrder[issue.code]}（读出的日期未填入）`)
  }
  return cleared
}
