/**
 * A generated print edition read back from the PDF the publication stores: where each
 * entry starts (its named destination), the contents' page numbers and each title on its
 * first page, the checks of the print engine's last pass (cms/print/printIssue.ts). It
 * runs on the signed file, so the pages stored for the entries are those of the PDF the
 * public gets; any problem throws, in Chinese.
 */
import { entryRanges, measureEntryStarts } from '../../print/entryRanges'
import { printIssueSchema } from '../../print/issueSchema'
import { readPdf } from '../../print/pdfReader'
import { buildContents, contentsEntries } from '../../print/tableOfContents'
import { verifyPrint } from '../../print/verifyPrint'
import type { AssembledIssue } from '../assembleIssue'
import { printInput } from '../printInput'
import type { PageRanges } from './storedEntries'

/** A finished print: the PDF, its page count and each entry's pages as read back from it. */
export type FinishedPrint = { pdf: Buffer; pages: number; ranges: PageRanges }

export async function readBackPrint(pdf: Buffer, assembled: AssembledIssue, gazetteName: string): Promise<FinishedPrint> {
  const { sections } = printIssueSchema.parse(printInput(assembled.printed, gazetteName, null))
  const entries = contentsEntries(buildContents({ sections }, null))
  const content = await readPdf(
    pdf,
    entries.map((entry) => entry.anchor),
  )
  const starts = measureEntryStarts(content, entries)
  const ranges = entryRanges(starts, content.pages)
  const measured = new Map(starts.map((start) => [start.id, start.firstPage]))
  const problems = verifyPrint(content, contentsEntries(buildContents({ sections }, measured)), ranges)
  if (problems.length > 0) throw new Error(problems.join(' '))
  return {
    pdf,
    pages: content.pages,
    ranges: new Map(ranges.map((range) => [range.id, { firstPage: range.firstPage, lastPage: range.lastPage }])),
  }
}
