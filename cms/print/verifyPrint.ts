/**
 * The final check on a printed issue, from the PDF's own text: the table of contents
 * prints each entry's real first page, and each title stands on that page. It is the
 * same reading an outside reader (or the sync check) would do, independent of the
 * destinations the pages were measured with.
 */
import { syncReport } from './checkPrintSync'
import type { EntryPages } from './entryRanges'
import type { PdfContent } from './pdfReader'
import { readContentsPages } from './readContentsPages'
import { contentsLabel, type ContentsEntry } from './tableOfContents'

/** Problems found, in Chinese; empty when the PDF is consistent. */
export function verifyPrint(
  pdf: Pick<PdfContent, 'pageTexts'>,
  contents: readonly ContentsEntry[],
  ranges: readonly EntryPages[],
): string[] {
  const firstEntryPage = ranges[0]?.firstPage ?? 1
  // The contents run from page 2 (after the cover) to the page before the first entry.
  const contentsText = pdf.pageTexts.slice(1, firstEntryPage - 1).join('\n')
  const printed = readContentsPages(contentsText, contents.map(contentsLabel))
  const problems: string[] = []
  contents.forEach((entry, index) => {
    const range = ranges[index]
    const page = printed[index]
    if (range && page !== range.firstPage) {
      problems.push(`目录中《${entry.title}》的页码为${page ?? '（未找到）'}，实际起始页为第${range.firstPage}页。`)
    }
  })
  const stated = contents.flatMap((entry, index) => {
    const range = ranges[index]
    return range ? [{ id: entry.id, title: entry.title, firstPage: range.firstPage, lastPage: range.lastPage }] : []
  })
  const contentsPages = new Set(Array.from({ length: Math.max(0, firstEntryPage - 2) }, (_, index) => index + 2))
  problems.push(...syncReport(pdf.pageTexts, stated, contentsPages).problems.map((problem) => problem.message))
  return problems
}
