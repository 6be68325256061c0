/**
 * What to check on a back-issue entry, before the importer's own notes: for an entry read
 * by OCR that it was, and the characters to check (against the PDF's pages or the scans
 * the office keeps), and what the reader reported on its pages.
 */
import type { BackIssueEntry } from '../../core/backIssues'
import { backIssueMessages } from './backIssueMessages'

/** Uncertain characters listed by name; past this many the note gives the count. */
const LISTED_UNCERTAIN = 30

export function entryNotes(entry: BackIssueEntry, problems: ReadonlyArray<{ page: number | null; message: string }>): string[] {
  const notes: string[] = []
  if (entry.ocr) {
    const spots = entry.uncertain
      .slice(0, LISTED_UNCERTAIN)
      .map((spot) => backIssueMessages.uncertainSpot(spot.page, spot.char, spot.context))
    const more = entry.uncertain.length > LISTED_UNCERTAIN ? `等${entry.uncertain.length}个` : ''
    notes.push(`${backIssueMessages.ocr(entry.firstPage, entry.lastPage, entry.uncertain.length)}${spots.join('、')}${more}`)
  }
  for (const problem of problems) {
    if (problem.page !== null && problem.page >= entry.firstPage && problem.page <= entry.lastPage) {
      notes.push(backIssueMessages.pageProblem(problem.message))
    }
  }
  return notes
}
