/**
 * A fingerprint of everything that goes into an issue's print edition: its header,
 * sections, the printed content of every entry, page size and cover; for an uploaded
 * PDF, the file and the stated pages. Equal fingerprints mean an identical print, so
 * the PDF is not generated again, and a published issue whose fingerprint changes has
 * changed contents (which needs a correction).
 */
import { createHash } from 'node:crypto'

import type { PrintEntry } from '../print/issueSchema'

export type PrintedIssue = {
  year: number
  issueNumber: number
  totalNumber: number
  publicationDate: string
  source: 'generated' | 'uploaded'
  pageSize: string
  cover: string | number | null
  pdf: string | number | null
  sections: Array<{ title: string; entries: Array<{ print: PrintEntry; firstPage: number | null; lastPage: number | null }> }>
}

export function printFingerprint(issue: PrintedIssue, gazetteName: string): string {
  const uploaded = issue.source === 'uploaded'
  const canonical = {
    header: [gazetteName, issue.year, issue.issueNumber, issue.totalNumber, issue.publicationDate],
    source: issue.source,
    // A generated print depends on the layout; an uploaded one on its file and stated pages.
    layout: uploaded ? null : [issue.pageSize, issue.cover],
    pdf: uploaded ? issue.pdf : null,
    sections: issue.sections.map((section) => ({
      title: section.title,
      // Everything a generated print shows; an uploaded one is its file and stated pages.
      entries: section.entries.map(({ print, firstPage, lastPage }) =>
        uploaded ? { id: print.id, title: print.title, pages: [firstPage, lastPage] } : print,
      ),
    })),
  }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 32)
}
