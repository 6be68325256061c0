/** GET /api/documents/:id/preview — staff only; the draft as the public page would show it. */
import type { Endpoint } from 'payload'
import { ZodError } from 'zod'

import { isStaffUser } from '../access/roles'
import { previewDocument } from './previewDocument'

export const previewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'get',
  handler: async (req) => {
    if (!req.user || !isStaffUser(req.user)) {
      return new Response('请先登录管理后台再预览草稿。', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    try {
      const html = await previewDocument(req.payload, String(req.routeParams?.id), req.user)
      return new Response(html, {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
      })
    } catch (error) {
      const message =
        error instanceof ZodError
          ? `草稿还缺少必填内容，暂时无法预览：${error.issues.map((issue) => issue.path.join('.')).join('、')}`
          : (error as Error).message
      return new Response(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
  },
}
