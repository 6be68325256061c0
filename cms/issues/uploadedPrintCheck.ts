/**
 * The sync check of an uploaded print PDF against the stated pages of each entry: every
 * title on its stated first page, and no page with text outside every range. An entry
 * withdrawn since the issue was published may stay in a corrected edition (勘误版) only
 * as pages that no longer print it: its title must be on no page but the contents. A
 * file that cannot be read is a finding too, in Chinese, not a crash.
 */
import { readFile } from 'node:fs/promises'

import type { PayloadRequest } from 'payload'

import { readPdf, type PdfSource } from '../print/pdfReader'
import { syncReport } from '../print/checkPrintSync'
import { titleReadOnScan } from '../print/ocrTitleMatch'
import type { StatedEntry } from '../print/syncProblems'
import { titlesPrinted } from '../print/titlesPrinted'
import { uncoveredPages } from '../print/uncoveredPages'
import { uploadPath } from './uploadPath'
import { storedOcrText } from './ocrTextLayer'

export type UploadedPrintCheck = { pages: number | null; problems: string[]; summary: string }

export async function uploadedPrintCheck(
  req: PayloadRequest,
  pdfRef: unknown,
  stated: readonly StatedEntry[],
  /** Withdrawn entries kept in the issue: their pages are covered, their titles must not be printed. */
  withdrawn: readonly StatedEntry[] = [],
): Promise<UploadedPrintCheck> {
  const file = await uploadPath(req.payload, 'issue-pdfs', pdfRef, req)
  if (!file) return { pages: null, problems: ['尚未上传印刷版PDF，或文件已不存在：请上传印刷厂定稿的PDF。'], summary: '尚无印刷版PDF。' }
  return printTextCheck(file, stated, withdrawn, await storedOcrText(await readFile(file)))
}

/** The same check on a PDF in hand: at publication, the signed copy of the upload (publishing/printEdition.ts). */
export async function printTextCheck(
  source: PdfSource,
  stated: readonly StatedEntry[],
  withdrawn: readonly StatedEntry[] = [],
  /** A scan's page texts as OCR read them at import (ocrTextLayer.ts), for its pages without text. */
  ocrText: readonly string[] | null = null,
): Promise<UploadedPrintCheck> {
  let pageTexts: string[]
  // 1-based numbers of the pages whose text is OCR's.
  const scannedPages = new Set<number>()
  try {
    pageTexts = (await readPdf(source)).pageTexts
    if (ocrText && ocrText.length === pageTexts.length) {
      pageTexts = pageTexts.map((text, index) => {
        const read = ocrText[index] ?? ''
        if (text.trim() !== '' || read.trim() === '') return text
        scannedPages.add(index + 1)
        return read
      })
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { pages: null, problems: [`无法读取上传的PDF（${reason}），请确认它是未加密的PDF文件。`], summary: '印刷版PDF无法读取。' }
  }
  const report = syncReport(pageTexts, stated)
  // A title proofread since the import may differ from OCR's reading by a misread character or two.
  const readOnScan = (problem: (typeof report.problems)[number]) =>
    problem.kind !== 'bad-range' &&
    scannedPages.has(problem.entry.firstPage) &&
    titleReadOnScan(pageTexts[problem.entry.firstPage - 1] ?? '', problem.entry.title)
  const accepted = report.problems.filter(readOnScan)
  const problems = report.problems.filter((problem) => !accepted.includes(problem)).map((problem) => problem.message)
  const titles = stated.map((entry) => entry.title)
  for (const { title, pages } of titlesPrinted(
    pageTexts,
    withdrawn.map((entry) => entry.title),
    titles,
  )) {
    problems.push(
      `勘误版PDF第${pages.join('、')}页仍印有已撤回的《${title}》：请上传不再刊印该文件的更正版PDF（目录中保留其标题不受影响）。`,
    )
  }
  for (const page of uncoveredPages(pageTexts, [...stated, ...withdrawn])) {
    problems.push(`PDF第${page}页有正文内容，但不在任何篇目的页码范围内：请核对页码，或在本期中补入该页刊登的文件。`)
  }
  const near = accepted.length > 0 ? `；${accepted.length}个标题与识别结果仅差个别误识的字，按校对后的标题认定` : ''
  const how = scannedPages.size > 0 ? `（其中${scannedPages.size}页为扫描页，按导入时的文字识别结果核对${near}）` : ''
  const summary =
    problems.length === 0
      ? `印刷版PDF（共${report.pages}页）与篇目核对一致${how}。`
      : `印刷版PDF（共${report.pages}页）与篇目不一致${how}：`
  return { pages: report.pages, problems, summary }
}
