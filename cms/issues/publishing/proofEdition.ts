/**
 * The print a proof job already made, taken by a publication instead of laying the issue
 * out again in the request. Only a kept proof of exactly the content being published is
 * taken: its record's fingerprint must equal the fingerprint the publication computed
 * from what it publishes (never from what the proof was asked for), and its PDF must pass
 * the checks of the print engine's last pass, read again here from the PDF itself against
 * the published entries: where each entry starts, the contents' page numbers and each
 * title on its first page. Those checks read the proof's PDF as signed for publication
 * (signEdition.ts): the proof's bytes stay its first revision, the signature appended.
 * Anything missing, expired or amiss returns null, and the publication prints as before.
 */
import type { PayloadRequest } from 'payload'

import { issueLabel } from '../../../core/issues/issueLabel'
import type { AssembledIssue } from '../assembleIssue'
import { keptProofPrint } from '../proof/proofPrint'
import { readBackPrint, type FinishedPrint } from './readBackPrint'
import { signEdition } from './signEdition'

export async function proofEdition(
  req: PayloadRequest,
  issue: { id: number | string | undefined; assembled: AssembledIssue; fingerprint: string; gazetteName: string },
): Promise<FinishedPrint | null> {
  if (issue.id === undefined) return null
  const kept = keptProofPrint(issue.id, issue.fingerprint)
  if (!kept) return null
  const label = `印刷版 ${issueLabel(issue.assembled.printed)}`
  try {
    const signed = await signEdition(kept.pdf, issue.gazetteName)
    const print = await readBackPrint(signed.pdf, issue.assembled, issue.gazetteName)
    req.payload.logger.info(`${label}：沿用校样任务${kept.jobId}的PDF（内容指纹一致，页码已从签名后的PDF读回核对），共${print.pages}页`)
    return print
  } catch (error) {
    req.payload.logger.warn(
      `${label}：校样任务${kept.jobId}的PDF未通过核对，重新排版：${error instanceof Error ? error.message : String(error)}`,
    )
    return null
  }
}
