/**
 * The print edition a publication attaches: generated from the entries by the print
 * engine (the PDF kept in issue-pdfs, the real pages read back from it), or an uploaded
 * PDF checked against the pages the office stated. A generated print is taken from a
 * proof job that printed exactly this content when one is kept (proofEdition.ts);
 * otherwise Chromium runs inside the publication's save, because an issue must not go
 * public before its PDF exists and passed its checks (see the note in publishIssue.ts).
 */
import type { PayloadRequest } from 'payload'

import type { GazetteIssue } from '../../payload-types'
import { printIssue } from '../../print/printIssue'
import type { AssembledIssue } from '../assembleIssue'
import type { IssueItem } from '../loadIssueItems'
import { printInput } from '../printInput'
import { uploadedPrintCheck } from '../uploadedPrintCheck'
import { uploadPath } from '../uploadPath'
import { isWithdrawnDocument } from '../withdrawnEntries'
import { proofEdition, type FinishedPrint } from './proofEdition'
import { IssueRefusal, refuseIf } from './refusal'
import { sectionsWithPages, statedEntries, storedRanges, type StoredSections } from './storedEntries'
import { issueLabel } from '../../../core/issues/issueLabel'

/** What the edition sets on the issue. */
export type PrintEdition = {
  sections: StoredSections
  printPdf?: number
  printPages: number | null
  printChecks: string
}

/**
 * Prints the issue when what it prints changed (or it has no PDF yet); otherwise the
 * stored PDF and its real pages stand, whatever was sent. A print a proof job made of
 * exactly this content is stored instead of printing again.
 */
export async function printGeneratedEdition(
  req: PayloadRequest,
  issue: {
    /** The issue's id, to find its proofs; undefined on create. */
    id: number | string | undefined
    assembled: AssembledIssue
    sections: StoredSections
    stored: GazetteIssue | null
    fingerprint: string
    gazetteName: string
  },
  checks: readonly string[],
): Promise<PrintEdition> {
  const { assembled, stored } = issue
  const printChecks = [...checks, '印刷版已按篇目生成，页码从PDF中读回。'].join('\n')
  if (issue.fingerprint === stored?.printFingerprint && stored.printPdf) {
    return {
      sections: sectionsWithPages(issue.sections, storedRanges(stored.sections ?? [])),
      printPdf: pdfId(stored.printPdf),
      printPages: stored.printPages ?? null,
      printChecks,
    }
  }
  const print = await storeEdition(req, issue).catch((error: unknown) => {
    throw new IssueRefusal([`印刷版生成失败：${error instanceof Error ? error.message : String(error)}`])
  })
  const unprinted = assembled.items.filter((item) => !print.ranges.has(item.print.id))
  refuseIf(unprinted.map((item) => `《${item.print.title}》没有出现在生成的印刷版中，请重试或联系管理员。`))
  return { sections: sectionsWithPages(issue.sections, print.ranges), printPdf: print.pdfId, printPages: print.pages, printChecks }
}

/** An uploaded PDF publishes only when its text matches the stated entries and pages. */
export async function checkUploadedEdition(
  req: PayloadRequest,
  issue: { assembled: AssembledIssue; sections: StoredSections; pdf: unknown; keptWithdrawn: ReadonlySet<IssueItem> },
  checks: readonly string[],
): Promise<PrintEdition> {
  const { assembled, sections, keptWithdrawn } = issue
  const check = await uploadedPrintCheck(
    req,
    issue.pdf,
    statedEntries(sections, assembled, (item) => !keptWithdrawn.has(item)),
    statedEntries(sections, assembled, (item) => keptWithdrawn.has(item)),
  )
  refuseIf(check.problems, 'printPdf')
  return { sections, printPages: check.pages, printChecks: [...checks, check.summary].join('\n') }
}

/** What an editor sees on a draft: the 施行前刊登 flags and, for an uploaded PDF with pages, the sync check. */
export async function draftChecks(
  req: PayloadRequest,
  record: Partial<GazetteIssue>,
  assembled: AssembledIssue,
  checks: readonly string[],
): Promise<string> {
  if (record.printSource !== 'uploaded' || !record.printPdf) return checks.join('\n')
  const sections = record.sections ?? []
  const stated = statedEntries(sections, assembled, (item) => !isWithdrawnDocument(item))
  const withdrawn = statedEntries(sections, assembled, isWithdrawnDocument)
  if (stated.length + withdrawn.length === 0) return checks.join('\n')
  const check = await uploadedPrintCheck(req, record.printPdf, stated, withdrawn)
  return [...checks, check.summary, ...check.problems.map((problem) => `· ${problem}`)].join('\n')
}

/**
 * The proof's print of this content, or a new one, kept in issue-pdfs as a file of its
 * own (a proof's PDF is copied, and stays where staff open it); the ranges are those
 * read back from that PDF.
 */
async function storeEdition(
  req: PayloadRequest,
  issue: { id: number | string | undefined; assembled: AssembledIssue; fingerprint: string; gazetteName: string },
): Promise<FinishedPrint & { pdfId: number }> {
  const { printed } = issue.assembled
  const print = (await proofEdition(req, issue)) ?? (await newPrint(req, issue.assembled, issue.gazetteName))
  const name = `gazette-${printed.year}-${String(printed.issueNumber).padStart(2, '0')}.pdf`
  const stored = await req.payload.create({
    collection: 'issue-pdfs',
    data: {},
    file: { data: print.pdf, mimetype: 'application/pdf', name, size: print.pdf.length },
    overrideAccess: true,
    req,
  })
  return { ...print, pdfId: stored.id }
}

/** Lays the issue out and prints it with Chromium, here in the request. */
async function newPrint(req: PayloadRequest, assembled: AssembledIssue, gazetteName: string): Promise<FinishedPrint> {
  const { printed } = assembled
  const cover = await uploadPath(req.payload, 'media', printed.cover, req)
  const result = await printIssue(printInput(printed, gazetteName, cover), {
    onProgress: (message) => req.payload.logger.info(`印刷版 ${issueLabel(printed)}：${message}`),
  })
  return {
    pdf: result.pdf,
    pages: result.pages,
    ranges: new Map(result.entries.map((entry) => [entry.id, { firstPage: entry.firstPage, lastPage: entry.lastPage }])),
  }
}

function pdfId(pdf: NonNullable<GazetteIssue['printPdf']>): number {
  return typeof pdf === 'object' ? pdf.id : pdf
}
