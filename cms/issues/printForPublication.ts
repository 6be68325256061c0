/**
 * Prints an issue with the print engine and keeps the PDF in issue-pdfs. The page
 * ranges returned are those read back from that PDF.
 */
import type { PayloadRequest } from 'payload'

import type { PrintIssueInput } from '../print/issueSchema'
import { printIssue } from '../print/printIssue'

export type StoredPrint = {
  pdfId: number | string
  pages: number
  bytes: number
  /** Real pages of each entry, by print entry id. */
  ranges: Map<string, { firstPage: number; lastPage: number }>
}

export async function printForPublication(req: PayloadRequest, issue: PrintIssueInput): Promise<StoredPrint> {
  const result = await printIssue(issue, {
    onProgress: (message) => req.payload.logger.info(`印刷版 ${issue.year}年第${issue.issueNumber}期：${message}`),
  })
  const name = `gazette-${issue.year}-${String(issue.issueNumber).padStart(2, '0')}.pdf`
  const stored = await req.payload.create({
    collection: 'issue-pdfs',
    data: {},
    file: { data: result.pdf, mimetype: 'application/pdf', name, size: result.pdf.length },
    overrideAccess: true,
    req,
  })
  return {
    pdfId: stored.id,
    pages: result.pages,
    bytes: result.pdf.length,
    ranges: new Map(result.entries.map((entry) => [entry.id, { firstPage: entry.firstPage, lastPage: entry.lastPage }])),
  }
}
