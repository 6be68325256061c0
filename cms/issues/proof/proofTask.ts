/**
 * The proof (校样) of an issue as a job: the latest draft printed with its entries as they
 * now stand (drafts included), for proofreading before publication. Chromium runs here, in
 * the jobs runner, never in the request that asked (proofEndpoint.ts). Nothing is stored
 * in the gazette: the PDF is kept as the job's result for an hour, with a record of the
 * content it prints (proofPrint.ts), so that publishing exactly that content takes this
 * print instead of laying the issue out again (publishing/proofEdition.ts).
 */
import type { PayloadRequest, TaskConfig } from 'payload'

import { pipelineSettings } from '../../../core/settings'
import { staffQueue } from '../../jobs/staffJob'
import { printIssue } from '../../print/printIssue'
import { assembleIssue } from '../assembleIssue'
import { printFingerprint } from '../printFingerprint'
import { printInput } from '../printInput'
import { uploadPath } from '../uploadPath'
import { issueLabel } from '../../../core/issues/issueLabel'
import { keepProofPrint } from './proofPrint'

export type ProofInput = { issueId: string }

export const issueProofTask: TaskConfig<{ input: ProofInput; output: { pages: number } }> = {
  slug: 'issueProof',
  label: '打印校样',
  inputSchema: [{ name: 'issueId', type: 'text', required: true }],
  outputSchema: [{ name: 'pages', type: 'number', required: true }],
  // A proof that fails says why; asking again is the editor's call.
  retries: 0,
  handler: async ({ input, job, req }) => {
    const proof = await printProof(req, input.issueId)
    keepProofPrint(job.id, input.issueId, proof.pdf, proof.fingerprint)
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
  const print = await printIssue(printInput(assembled.printed, settings.gazetteName, cover), {
    onProgress: (message) => req.payload.logger.info(`校样 ${issueLabel(issue)}：${message}`),
  })
  // The fingerprint of what was laid out here, not of what was asked: only a publication
  // of this very content may take the PDF. A draft set to an uploaded print is proofed
  // as generated, which its publication never prints, so nothing is recorded for it.
  const fingerprint = assembled.printed.source === 'generated' ? printFingerprint(assembled.printed, settings.gazetteName) : null
  return { ...print, fingerprint }
}
