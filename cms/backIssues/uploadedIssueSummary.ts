/**
 * What the admin shows once an uploaded issue is written (components/BackIssueImport.tsx):
 * the issue, how its pages were read, its entries with their pages and status, the sync
 * check the issue ran on saving, the notes, and the reader's problems page by page — the
 * command's report (scripts/importIssue.ts), as data.
 */
import { pageRangeLabel } from '../../core/issues/issueLabel'
import type { IssueFileReading } from './readIssueFile'
import type { SavedBackIssue } from './saveBackIssue'

export type UploadedIssueSummary = {
  issue: { id: number; label: string; created: boolean }
  source: { kind: IssueFileReading['source']['kind']; pages: number; recognised: number }
  entries: Array<{
    position: number
    collection: 'documents' | 'interpretations'
    id: number
    title: string
    docNumber: string | null
    pages: string
    status: 'created' | 'updated' | 'published'
    ocr: boolean
  }>
  /** The issue's 核对结果, the uploaded print's sync check among them, a line each. */
  printChecks: string[]
  notes: string[]
  problems: Array<{ page: number | null; message: string }>
  seconds: number
}

export function uploadedIssueSummary(reading: IssueFileReading, saved: SavedBackIssue, seconds: number): UploadedIssueSummary {
  return {
    issue: { id: saved.issue.id, label: saved.issue.label, created: saved.issue.created },
    source: { kind: reading.source.kind, pages: reading.source.pages, recognised: reading.source.recognised },
    entries: saved.entries.map((entry) => ({
      position: entry.position,
      collection: entry.collection,
      id: entry.id,
      title: entry.title,
      docNumber: entry.docNumber,
      pages: pageRangeLabel(entry.firstPage, entry.lastPage),
      status: entry.status,
      ocr: entry.ocr,
    })),
    printChecks: saved.printChecks.split('\n').filter(Boolean),
    notes: saved.notes,
    problems: reading.problems.map((problem) => ({ page: problem.page ?? null, message: problem.message })),
    seconds: Math.round(seconds),
  }
}
