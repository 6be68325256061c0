/**
 * A back issue read from its PDF or page images (readIssueFile.ts) written into the
 * database: a draft gazette issue (公报期刊) holding every entry as a draft document or
 * interpretation with the pages it was read on and its section, and the original PDF as
 * its uploaded print, so that the sync check the issue runs on every save (and again
 * before publication) verifies each entry against the PDF. Named steps:
 * refuse what would not save, before anything is written (no entries; the issue numbers,
 * issueToWrite.ts; pages out of order) → match the entries the issue already holds
 * (matchEntries.ts: a re-import updates them) → store the PDF → save each entry →
 * save the issue. Nothing is published, and an item or an issue already published is
 * never overwritten. The database has no transaction over several saves: a run killed
 * after some drafts were saved leaves drafts that no issue holds yet, and importing again
 * finds them (earlierImport.ts, issuePrintPdf.ts) and finishes the issue.
 */
import { readFile } from 'node:fs/promises'

import type { Payload } from 'payload'

import type { PageText } from '../../core/backIssues'
import { entryMessage, entryProblems } from '../../core/issues/issueEntries'
import { issueLabelWithTotal } from '../../core/issues/issueLabel'
import { entryKey } from '../issues/issueEntryRefs'
import type { Document } from '../payload-types'
import { backIssueMessages } from './backIssueMessages'
import { BackIssueRefusal } from './backIssueRefusal'
import { heldEntries, type HeldEntry } from './heldEntries'
import { issuePrintPdf, type IssuePrintPdf } from './issuePrintPdf'
import { issueSections } from './issueSections'
import { type IssueNumberOverrides, issueToWrite } from './issueToWrite'
import { matchEntries } from './matchEntries'
import { storeOcrText } from '../issues/ocrTextLayer'
import type { IssueFileReading } from './readIssueFile'
import type { SavedEntry } from './savedEntry'
import { saveDocumentEntry } from './saveDocumentEntry'
import { saveInterpretationEntry } from './saveInterpretationEntry'

export type SaveBackIssueOptions = {
  /** The PDF or folder of page images the reading came from. */
  file: string
  reading: IssueFileReading
  /** --year, --issue, --total: over what the issue says about itself. */
  overrides?: IssueNumberOverrides
  /** After each entry is saved: the progress line. */
  onEntry?: (entry: SavedEntry, total: number) => void
}

export type SavedBackIssue = {
  issue: {
    id: number
    /** 2022年第6期（总第123期）. */
    label: string
    created: boolean
    year: number
    issueNumber: number
    totalNumber: number
    publicationDate: string | null
  }
  /** The uploaded print; null for page images, which have no PDF. */
  printPdf: IssuePrintPdf | null
  entries: SavedEntry[]
  /** Items the issue held before that this reading has no entry for: taken out of the issue, kept as they are. */
  removed: HeldEntry[]
  /** The draft's 核对结果 as its save wrote them, the uploaded print's sync check among them. */
  printChecks: string
  /** What to do about the issue, in Chinese. */
  notes: string[]
}

export async function saveBackIssue(payload: Payload, options: SaveBackIssueOptions): Promise<SavedBackIssue> {
  const { reading } = options
  if (reading.entries.length === 0) throw new BackIssueRefusal(backIssueMessages.noEntries)
  const target = await issueToWrite(payload, reading.masthead, options.overrides ?? {})
  const held = await heldEntries(payload, target.existing)
  const collectionOf = (kind: string) => (kind === 'interpretation' ? ('interpretations' as const) : ('documents' as const))
  const matched = matchEntries(
    reading.entries.map((entry) => ({ collection: collectionOf(entry.kind), title: entry.title })),
    held,
  ).map((index) => (index === null ? null : (held[index] ?? null)))
  refuseDisorderedPages(reading, matched)
  // An earlier run's leftovers are items no issue holds: this one's own are matched above, or none.
  const holders = new Map([...target.holders, ...held.map((item) => [entryKey(item), target.key] as const)])

  const notes = [...target.notes]
  const pdf = reading.source.kind === 'images' ? null : await issuePrintPdf(payload, options.file, target.existing?.printPdf)
  if (!pdf) notes.push(backIssueMessages.noPdf)
  if (reading.source.kind === 'scanned-pdf' || reading.source.kind === 'mixed-pdf') {
    notes.push(backIssueMessages.scannedPdf)
    // The sync check reads a scan's pages through the text OCR read now (cms/issues/ocrTextLayer.ts).
    if (pdf) await storeOcrText(await readFile(options.file), plainPageTexts(reading.pageTexts))
  }

  const entries: SavedEntry[] = []
  const documents: Array<{ id: Document['id']; title: string }> = []
  for (const [index, entry] of reading.entries.entries()) {
    const context = {
      issue: target.key,
      position: index + 1,
      held: matched[index] ?? null,
      holders,
      problems: reading.problems,
      pageTexts: reading.pageTexts,
      printPdf: pdf?.id ?? null,
    }
    const saved =
      collectionOf(entry.kind) === 'interpretations'
        ? await saveInterpretationEntry(payload, entry, context, documents)
        : await saveDocumentEntry(payload, entry, context)
    if (saved.collection === 'documents') documents.push({ id: saved.id, title: saved.title })
    entries.push(saved)
    options.onEntry?.(saved, reading.entries.length)
  }
  const unsectioned = entries.filter((entry) => entry.section === null).length
  if (unsectioned > 0) notes.push(backIssueMessages.unsectionedNote(unsectioned))
  const kept = new Set(entries.map(entryKey))
  const removed = held.filter((item) => !kept.has(entryKey(item)))
  notes.push(...removed.map((item) => backIssueMessages.removed(item.title)))

  const data = {
    ...target.key,
    // A draft may go without its 出版日期 (publication requires it); the notes ask for it.
    publicationDate: target.publicationDate as string,
    printSource: 'uploaded' as const,
    printPdf: pdf?.id ?? idOf(target.existing?.printPdf),
    sections: issueSections(entries),
    _status: 'draft' as const,
  }
  const saved = target.existing
    ? await payload.update({ collection: 'gazette-issues', id: target.existing.id, data, draft: true, depth: 0 })
    : await payload.create({ collection: 'gazette-issues', data, draft: true, depth: 0 })
  return {
    issue: {
      id: saved.id,
      label: issueLabelWithTotal(target.key),
      created: !target.existing,
      ...target.key,
      publicationDate: target.publicationDate,
    },
    printPdf: pdf,
    entries,
    removed,
    printChecks: saved.printChecks ?? '',
    notes,
  }
}

/**
 * Entries whose pages go backwards or overlap (a misread page number) would have the
 * issue's save refused after the drafts were written: refused first, with the issue's own message.
 */
function refuseDisorderedPages(reading: IssueFileReading, matched: ReadonlyArray<HeldEntry | null>): void {
  const planned = reading.entries.map((entry, index) => {
    const item = matched[index]
    return {
      key: item ? entryKey(item) : `new:${index}`,
      title: entry.title ?? backIssueMessages.untitled(entry.firstPage),
      firstPage: entry.firstPage,
      lastPage: entry.lastPage,
    }
  })
  const problems = entryProblems(planned, new Map(), false).map(entryMessage)
  if (problems.length > 0) throw new BackIssueRefusal(`${problems.join('')}未写入数据库：请用 --dry-run 核对各篇页码。`)
}

function idOf(ref: number | { id: number } | null | undefined): number | null {
  return ref && typeof ref === 'object' ? ref.id : (ref ?? null)
}

/** Each page's lines as text, page 1 first, as the sync check reads a PDF's pages. */
function plainPageTexts(pages: readonly PageText[]): string[] {
  const texts: string[] = Array.from({ length: Math.max(0, ...pages.map((page) => page.page)) }, () => '')
  for (const page of pages) texts[page.page - 1] = page.lines.map((line) => line.text).join('\n')
  return texts
}
