/**
 * The proof (校样) of an issue as a job: the latest draft printed with its entries as they
 * now stand (drafts included), for proofreading before publication. Chromium runs here, in
 * the jobs runner, never in the request that asked (proofEndpoint.ts). Nothing is stored
 * in the gazette: the PDF is kept as the job's result for an hour.
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { pipelineSettings } from '../../../core/settings'
import { keepResult, resultFile, staffQueue } from '../../jobs/staffJob'
import { printIssue } from '../../print/printIssue'
import { assembleIssue } from '../assembleIssue'
import { printInput } from '../printInput'
import { uploadPath } from '../uploadPath'
import { issueLabel } from '../../../core/issues/issueLabel'

export type ProofInput = { issueId: string }

/** Where a proof job's PDF is kept, and what it belongs to. */
export const proofOf = (issueId: number | string) => `issue-${String(issueId)}`
export const proofFile = (jobId: number | string, issueId: number | string) => resultFile(jobId, 'pdf', proofOf(issueId))

export const issueProofTask: TaskConfig<{ input: ProofInput; output: { pages: number } }> = {
  slug: 'issueProof',
  label: '打印校样',
  inputSchema: [{ name: 'issueId', type: 'text', required: true }],
  outputSchema: [{ name: 'pages', type: 'number', required: true }],
  // A proof that fails says why; asking again is the editor's call.
  retries: 0,
  handler: async ({ input, job, req }) => {
    const proof = await printProof(req, input.issueId)
    keepResult(proofFile(job.id, input.issueId), proof.pdf)
    return { output: { pages: proof.pages } }
  },
}

/** Queues a proof of the issue; the job's id follows it. */
export async function queueProof(req: PayloadRequest, issueId: string): Promise<number | string> {
  const job = await req.payload.jobs.queue({ task: 'issueProof', input: { issueId } satisfies ProofInput, queue: staffQueue })
  return job.id
}

async function printProof(req: PayloadRequest, issueId: string) {
  const settings = pipelineSettings()
  const issue = await req.payload
    .findByID({ collection: 'gazette-issues', id: issueId, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!issue) throw new Error('找不到这一期公报。')
  const assembled = await assembleIssue(req, issue, settings.timeZone, { drafts: true })
  if (assembled.printed.sections.every((section) => section.entries.length === 0)) throw new Error('本期还没有篇目，无法打印校样。')
  const cover = await uploadPath(req.payload, 'media', assembled.printed.cover, req)
  return printIssue(printInput(assembled.printed, settings.gazetteName, cover), {
    onProgress: (message) => req.payload.logger.info(`校样 ${issueLabel(issue)}：${message}`),
  })
}
