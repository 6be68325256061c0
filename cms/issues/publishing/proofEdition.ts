/**
 * The print a proof job already made, taken by a publication instead of laying the issue
 * out again in the request. Only a kept proof of exactly the content being published is
 * taken: its record's fingerprint must equal the fingerprint the publication computed
 * from what it publishes (never from what the proof was asked for), and its PDF must pass
 * the checks of the print engine's last pass, read again here from the PDF itself against
 * the published entries: where each entry starts, the contents' page numbers and each
 * title on its first page. Anything missing, expired or amiss returns null, and the
 * publication prints as before.
 */
import type { PayloadRequest } from 'payload'

import { issueLabel } from '../../../core/issues/issueLabel'
import { entryRanges, measureEntryStarts } from '../../print/entryRanges'
import { printIssueSchema } from '../../print/issueSchema'
import { readPdf } from '../../print/pdfReader'
import { buildContents, contentsEntries } from '../../print/tableOfContents'
import { verifyPrint } from '../../print/verifyPrint'
import type { AssembledIssue } from '../assembleIssue'
import { printInput } from '../printInput'
import { keptProofPrint } from '../proof/proofPrint'
import type { PageRanges } from './storedEntries'

/** A finished print: the PDF, its page count and each entry's pages as read back from it. */
export type FinishedPrint = { pdf: Buffer; pages: number; ranges: PageRanges }

export async function proofEdition(
  req: PayloadRequest,
  issue: { id: number | string | undefined; assembled: AssembledIssue; fingerprint: string; gazetteName: string },
): Promise<FinishedPrint | null> {
  if (issue.id === undefined) return null
  const kept = keptProofPrint(issue.id, issue.fingerprint)
  if (!kept) return null
  const label = `印刷版 ${issueLabel(issue.assembled.printed)}`
  try {
    const { sections } = printIssueSchema.parse(printInput(issue.assembled.printed, issue.gazetteName, null))
    const entries = contentsEntries(buildContents({ sections }, null))
    const content = await readPdf(
      kept.pdf,
      entries.map((entry) => entry.anchor),
    )
    const starts = measureEntryStarts(content, entries)
    const ranges = entryRanges(starts, content.pages)
    const measured = new Map(starts.map((start) => [start.id, start.firstPage]))
    const problems = verifyPrint(content, contentsEntries(buildContents({ sections }, measured)), ranges)
    if (problems.length > 0) throw new Error(problems.join(' '))
    req.payload.logger.info(`${label}：沿用校样任务${kept.jobId}的PDF（内容指纹一致，页码已从PDF读回核对），共${content.pages}页`)
    return {
      pdf: kept.pdf,
      pages: content.pages,
      ranges: new Map(ranges.map((range) => [range.id, { firstPage: range.firstPage, lastPage: range.lastPage }])),
    }
  } catch (error) {
    req.payload.logger.warn(
      `${label}：校样任务${kept.jobId}的PDF未通过核对，重新排版：${error instanceof Error ? error.message : String(error)}`,
    )
    return null
  }
}
