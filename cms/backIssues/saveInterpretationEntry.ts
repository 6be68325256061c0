/**
 * One entry the reader found to be a 政策解读 (under 政策解读, or titled …解读) as a draft
 * interpretation: title, body as rich text, the 解读主体 when the text names a registered
 * organisation, and the documents it interprets when its title names (《…》) a document
 * of the same issue, and, when read by OCR, its proofreading record (proofSpots.ts).
 * Interpretations have no import report, so what to check is in the command's report. Found again on a re-import by its place in
 * the issue, or, after a run killed before the issue was saved, by its title among the
 * interpretations no issue holds. One already published is left as it is.
 */
import type { Payload } from 'payload'

import type { BackIssueEntry } from '../../core/backIssues'
import { matchKey } from '../../core/backIssues/matchKey'
import { draftFields } from '../import/draftFields'
import type { Document } from '../payload-types'
import { backIssueMessages } from './backIssueMessages'
import { earlierImport } from './earlierImport'
import { entryNotes } from './entryNotes'
import { isPublished } from './heldEntries'
import { ocrProofing } from './proofSpots'
import type { SavedEntry } from './savedEntry'
import type { EntryContext } from './saveDocumentEntry'

export async function saveInterpretationEntry(
  payload: Payload,
  entry: BackIssueEntry,
  context: EntryContext,
  /** The documents of this issue saved before it, which it may interpret. */
  issueDocuments: ReadonlyArray<{ id: Document['id']; title: string }>,
): Promise<SavedEntry> {
  const draft = await draftFields(payload, entry.document)
  const title = draft.data.title ?? backIssueMessages.untitled(entry.firstPage)
  const target =
    context.held ??
    (draft.data.title
      ? await earlierImport(
          payload,
          'interpretations',
          { and: [{ title: { equals: title } }, { _status: { not_equals: 'published' } }] },
          context.holders,
        )
      : null)
  const base = {
    position: context.position,
    collection: 'interpretations' as const,
    section: entry.section,
    firstPage: entry.firstPage,
    lastPage: entry.lastPage,
    ocr: entry.ocr,
    docNumber: null,
  }
  if (target && (context.held?.published ?? (await isPublished(payload, { collection: 'interpretations', id: target.id })))) {
    const published = await payload.findByID({ collection: 'interpretations', id: target.id, depth: 0 })
    return { ...base, id: published.id, title: published.title, status: 'published', notes: [backIssueMessages.published(published.title)] }
  }

  const notes = [...entryNotes(entry, context.problems), ...draft.notes]
  if (!draft.data.title) notes.push(backIssueMessages.untitledNote)
  const interpreted = interpretedDocuments(title, issueDocuments)
  notes.push(
    interpreted.length > 0 ? backIssueMessages.interpretedFound(interpreted.map((doc) => doc.title)) : backIssueMessages.interpretedMissing,
  )
  const organisation = draft.data.issuers?.[0] ?? draft.data.interpretationBody ?? undefined
  const data = {
    title,
    body: draft.data.body,
    documents: interpreted.map((doc) => doc.id),
    interpretationBody: typeof organisation === 'object' && organisation !== null ? organisation.id : organisation,
    ocrProofing: entry.ocr ? ocrProofing(entry, context.pageTexts ?? [], context.printPdf ?? null) : null,
    _status: 'draft' as const,
  }
  const saved = target
    ? await payload.update({ collection: 'interpretations', id: target.id, data, draft: true, depth: 0 })
    : await payload.create({ collection: 'interpretations', data, draft: true, depth: 0 })
  return { ...base, id: saved.id, title, status: target ? 'updated' : 'created', notes }
}

/** The documents whose titles contain a name the interpretation's title quotes (《…》), or the title without 解读. */
function interpretedDocuments(
  title: string,
  documents: ReadonlyArray<{ id: Document['id']; title: string }>,
): Array<{ id: Document['id']; title: string }> {
  const quoted = [...title.matchAll(/《([^《》]+)》/gu)].map((match) => match[1] ?? '')
  const names = (quoted.length > 0 ? quoted : [title.replace(/(政策)?解读.*$/u, '')]).map(matchKey).filter((name) => name.length >= 4)
  return documents.filter((doc) => names.some((name) => matchKey(doc.title).includes(name)))
}
