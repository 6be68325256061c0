/**
 * The print sync check for offices that typeset elsewhere and upload their own PDF:
 * is every entry's title on the first page the office stated for it?
 */
import { readPdf, type PdfSource } from './pdfReader'
import { syncMessage, syncProblems, type StatedEntry, type SyncProblem } from './syncProblems'

export type PrintSyncReport = {
  ok: boolean
  /** Pages in the PDF. */
  pages: number
  problems: Array<SyncProblem & { message: string }>
}

export async function checkPrintSync(pdf: PdfSource, entries: readonly StatedEntry[]): Promise<PrintSyncReport> {
  const { pageTexts } = await readPdf(pdf).catch((error: unknown) => {
    throw new Error(`无法读取该PDF文件（${error instanceof Error ? error.message : String(error)}），请确认上传的是未加密的PDF。`, {
      cause: error,
    })
  })
  return syncReport(pageTexts, entries)
}

/** The same check on page texts already read, e.g. right after printing. */
export function syncReport(
  pageTexts: readonly string[],
  entries: readonly StatedEntry[],
  knownContents?: ReadonlySet<number>,
): PrintSyncReport {
  const problems = syncProblems(pageTexts, entries, knownContents).map((problem) => ({ ...problem, message: syncMessage(problem) }))
  return { ok: problems.length === 0, pages: pageTexts.length, problems }
}
