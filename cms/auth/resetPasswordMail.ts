/**
 * The password-reset e-mail, in Chinese whatever the requester's language, with a link to
 * the admin's own address (SERVER_URL, or the first admin origin; never a Host header).
 */
import type { PayloadRequest } from 'payload'

import { adminOrigin } from '../notifications/adminLink'

export function resetPasswordLink(req: PayloadRequest, token: string): string {
  return `${adminOrigin(req.payload)}${req.payload.config.routes.admin}/reset/${encodeURIComponent(token)}`
}

export const resetPasswordSubject = () => '【公报管理】重置密码'

export function resetPasswordHtml(args?: { req?: PayloadRequest; token?: string }): string {
  const { req, token } = args ?? {}
  if (!req || !token) return ''
  const link = resetPasswordLink(req, token)
  return [
    '<p>您（或他人）申请重置公报管理系统的登录密码。</p>',
    `<p>请在一小时内打开以下链接设置新密码：<br><a href="${link}">${link}</a></p>`,
    '<p>如果不是您本人申请，请忽略本邮件，原密码仍然有效。</p>',
    '<p>（本邮件由公报管理系统自动发送，请勿回复。）</p>',
  ].join('\n')
}
