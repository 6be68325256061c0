/**
 * GET /api/documents/:id/preview — staff only; the draft as the public page would show it.
 * The request queues the preview job (previewDocument.ts) and sends the browser on to
 * ?job=<id>, a page that shows the job's state (排队中, 生成中, 失败 with the reason) and
 * reloads itself until the preview is ready, then is the preview. Only its requester sees it.
 */
import fs from 'node:fs'
import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { followJob, isPlainName, jobPage, staffJobState } from '../jobs/staffJob'
import { previewFile, queuePreview } from './previewDocument'

export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaffUser(req.user)) {
      return new Response('请先登录管理后台再预览草稿。', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    const jobId = new URL(req.url ?? '/', 'http://localhost').searchParams.get('job')
    if (!jobId) return followJob(req.url, await queuePreview(req, String(req.routeParams?.id), req.user))
    const userId = String(req.user.id)
    if (!isPlainName(jobId)) return jobPage('预览', { state: 'missing' })
    const state = await staffJobState(req.payload, jobId, previewFile(jobId, userId), (input) => input.userId === userId)
    if (state.state !== 'done') return jobPage('预览', state)
    return new Response(fs.readFileSync(state.file, 'utf8'), {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
    })
  },
}
