/**
 * GET /api/gazette-issues/:id/proof — staff only: the latest draft of an issue printed
 * as a proof (校样), entries as they now stand (drafts included), for proofreading
 * before publication. Nothing is stored.
 */
import type { Endpoint } from 'payload'

import { isStaffUser } from '../access/roles'
import { assembleIssue } from './assembleIssue'
import { printInput } from './printInput'
import { uploadPath } from './uploadPath'
import { printIssue } from '../print/printIssue'
import { pipelineSettings } from '../../core/settings'

const text = (message: string, status: number) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export const printProofEndpoint: Endpoint = {
  path: '/:id/proof',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaffUser(req.user)) return text('请先登录管理后台再打印校样。', 403)
    const settings = pipelineSettings()
    const issue = await req.payload
      .findByID({ collection: 'gazette-issues', id: String(req.routeParams?.id), draft: true, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!issue) return text('找不到这一期公报。', 404)
    try {
      const assembled = await assembleIssue(req, issue as unknown as Record<string, unknown>, settings.timeZone, { drafts: true })
      if (assembled.printed.sections.every((section) => section.entries.length === 0)) return text('本期还没有篇目，无法打印校样。', 400)
      const cover = await uploadPath(req.payload, 'media', assembled.printed.cover, req)
      const result = await printIssue(printInput(assembled.printed, settings.gazetteName, cover))
      return new Response(new Uint8Array(result.pdf), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="proof-${issue.year}-${issue.issueNumber}.pdf"`,
          'Cache-Control': 'no-store',
        },
      })
    } catch (error) {
      return text(`校样生成失败：${(error as Error).message}`, 400)
    }
  },
}
