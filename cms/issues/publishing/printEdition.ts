/**
 * The print edition a publication attaches: generated from the entries by the print
 * engine (the PDF kept in issue-pdfs, the real pages read back from it), or an uploaded
 * PDF checked against the pages the office stated. A generated print is taken from a
 * proof job that printed exactly this content when one is kept (proofEdition.ts);
 * otherwise Chromium runs inside the publication's save, because an issue must not go
 * public before its PDF exists and passed its checks (see the note in publishIssue.ts).
 * Whichever it is, the PDF is signed first (signEdition.ts) and the checks read the signed
 * file; an uploaded PDF's signed copy is stored as an upload of its own, the office's
 * upload left as it was.
 */
import fs from 'node:fs'

import type { PayloadRequest } from 'payload'

import { crashPoint } from '../../../core/crashPoint'
import { storedOcrText } from '../ocrTextLayer'
import type { GazetteIssue } from '../../payload-types'
import { printIssue } from '../../print/printIssue'
import type { AssembledIssue } from '../assembleIssue'
import type { IssueItem } from '../loadIssueItems'
import { printInput } from '../printInput'
import { printTextCheck, uploadedPrintCheck } from '../uploadedPrintCheck'
import { uploadPath } from '../uploadPath'
import { isWithdrawnDocument } from '../withdrawnEntries'
import { proofEdition } from './proofEdition'
import { readBackPrint, type FinishedPrint } from './readBackPrint'
import { IssueRefusal, refuseIf } from './refusal'
import { editionFileName, signEdition } from './signEdition'
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
    const resigned = await signedStoredEdition(req, issue, stored.printPdf).catch((error: unknown) => {
      throw new IssueRefusal([`印刷版PDF签名失败：${error instanceof Error ? error.message : String(error)}`])
    })
    return {
      sections: sectionsWithPages(issue.sections, resigned?.ranges ?? storedRanges(stored.sections ?? [])),
      printPdf: resigned?.pdfId ?? pdfId(stored.printPdf),
      printPages: resigned?.pages ?? stored.printPages ?? null,
      printChecks,
    }
  }
  const print = await storeEdition(req, issue).catch((error: unknown) => {
    throw new IssueRefusal([`印刷版生成失败：${error instanceof Error ? error.message : String(error)}`])
  })
  // Killed here, the signed PDF is stored whole and the issue is still unpublished: publishing again prints anew.
  crashPoint('issue:pdfStored')
  const unprinted = assembled.items.filter((item) => !print.ranges.has(item.print.id))
  refuseIf(unprinted.map((item) => `《${item.print.title}》没有出现在生成的印刷版中，请重试或联系管理员。`))
  return { sections: sectionsWithPages(issue.sections, print.ranges), printPdf: print.pdfId, printPages: print.pages, printChecks }
}

/**
 * An uploaded PDF publishes only when its text matches the stated entries and pages. The
 * text checked is the signed copy's, and the signed copy is what the issue then holds.
 */
export async function checkUploadedEdition(
  req: PayloadRequest,
  issue: { assembled: AssembledIssue; sections: StoredSections; pdf: unknown; keptWithdrawn: ReadonlySet<IssueItem>; gazetteName: string },
  checks: readonly string[],
): Promise<PrintEdition> {
  const { assembled, sections, keptWithdrawn } = issue
  const stated = statedEntries(sections, assembled, (item) => !keptWithdrawn.has(item))
  const withdrawn = statedEntries(sections, assembled, (item) => keptWithdrawn.has(item))
  const file = await uploadPath(req.payload, 'issue-pdfs', issue.pdf, req)
  // No file: the check says so, in the words an editor sees on a draft.
  if (!file) throw new IssueRefusal((await uploadedPrintCheck(req, issue.pdf, stated, withdrawn)).problems, 'printPdf')
  const signed = await signEdition(fs.readFileSync(file), issue.gazetteName).catch((error: unknown) => {
    throw new IssueRefusal([error instanceof Error ? error.message : String(error)], 'printPdf')
  })
  // A scan is checked against the OCR text kept for the file the office uploaded, which signing leaves as it was.
  const check = await printTextCheck(signed.pdf, stated, withdrawn, await storedOcrText(fs.readFileSync(file)))
  refuseIf(check.problems, 'printPdf')
  const printPdf = signed.signed ? await storePdf(req, signed.pdf, assembled) : undefined
  return {
    sections,
    ...(printPdf === undefined ? {} : { printPdf }),
    printPages: check.pages,
    printChecks: [...checks, check.summary].join('\n'),
  }
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
  const print = (await proofEdition(req, issue)) ?? (await newPrint(req, issue.assembled, issue.gazetteName))
  return { ...print, pdfId: await storePdf(req, print.pdf, issue.assembled) }
}

/** Lays the issue out and prints it with Chromium, here in the request, then signs it and reads the signed file back. */
async function newPrint(req: PayloadRequest, assembled: AssembledIssue, gazetteName: string): Promise<FinishedPrint> {
  const { printed } = assembled
  const cover = await uploadPath(req.payload, 'media', printed.cover, req)
  const result = await printIssue(printInput(printed, gazetteName, cover), {
    onProgress: (message) => req.payload.logger.info(`印刷版 ${issueLabel(printed)}：${message}`),
  })
  const signed = await signEdition(result.pdf, gazetteName)
  return readBackPrint(signed.pdf, assembled, gazetteName)
}

/**
 * The stored PDF of an issue republished unchanged, when it is not yet signed with the
 * current certificate (printed before signing began, or signed before the office's own
 * certificate was configured): signed, read back and stored anew. Null when it is.
 */
async function signedStoredEdition(
  req: PayloadRequest,
  issue: { assembled: AssembledIssue; gazetteName: string },
  stored: NonNullable<GazetteIssue['printPdf']>,
): Promise<(FinishedPrint & { pdfId: number }) | null> {
  const file = await uploadPath(req.payload, 'issue-pdfs', stored, req)
  if (!file) return null
  const signed = await signEdition(fs.readFileSync(file), issue.gazetteName)
  if (!signed.signed) return null
  const print = await readBackPrint(signed.pdf, issue.assembled, issue.gazetteName)
  return { ...print, pdfId: await storePdf(req, print.pdf, issue.assembled) }
}

/** Keeps a signed print PDF in issue-pdfs, a new upload under the issue's public file name. */
async function storePdf(req: PayloadRequest, pdf: Buffer, assembled: AssembledIssue): Promise<number> {
  const stored = await req.payload.create({
    collection: 'issue-pdfs',
    data: {},
    file: { data: pdf, mimetype: 'application/pdf', name: editionFileName(assembled.printed), size: pdf.length },
    overrideAccess: true,
    req,
  })
  return stored.id
}

function pdfId(pdf: NonNullable<GazetteIssue['printPdf']>): number {
  return typeof pdf === 'object' ? pdf.id : pdf
}
