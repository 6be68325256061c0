/**
 * GET /api/gazette-issues/:id/proof — staff only: queues a proof of the issue's latest
 * draft (proofTask.ts) and sends the browser on to ?job=<id>, which shows the job's state
 * and reloads itself until the PDF is ready, then serves the PDF (or says why it failed).
 */
import fs from 'node:fs'
import type { Endpoint } from 'payload'

import { isStaffUser } from '../../access/roles'
import { followJob, isPlainName, jobPage, staffJobState } from '../../jobs/staffJob'
import { issueEntryRefs } from '../issueEntryRefs'
import { proofFile } from './proofPrint'
import { queueProof } from './proofTask'

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export const proofEndpoint: Endpoint = {
  path: '/:id/proof',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaffUser(req.user)) return text('请先登录管理后台再打印校样。', 403)
    const id = String(req.routeParams?.id)
    const jobId = new URL(req.url ?? 'http://localhost').searchParams.get('job')
    if (jobId) {
      if (!isPlainName(jobId) || !isPlainName(id)) return jobPage('校样', { state: 'missing' })
      const state = await staffJobState(req.payload, jobId, proofFile(jobId, id), (input) => input.issueId === id)
      if (state.state !== 'done') return jobPage('校样', state)
      return new Response(new Uint8Array(fs.readFileSync(state.file)), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="proof-${id}.pdf"`,
          'Cache-Control': 'no-store',
        },
      })
    }
    // What can be told at once is told at once; the printing itself is the job's.
    const issue = await req.payload
      .findByID({ collection: 'gazette-issues', id, draft: true, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!issue) return text('找不到这一期公报。', 404)
    if (issueEntryRefs(issue.sections).length === 0) return text('本期还没有篇目，无法打印校样。', 400)
    return followJob(req.url, await queueProof(req, id))
  },
}
