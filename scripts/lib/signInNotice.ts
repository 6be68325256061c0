/**
 * What npm start's closing summary says about signing in: the first admin's e-mail, and
 * where its password is. A generated password is shown only in the run that created it;
 * later runs point to the password file, or say that the password no longer applies
 * once the admin has changed it.
 */
import fs from 'node:fs'
import type { Payload } from 'payload'

import { type FirstAdmin, firstAdminFile } from './firstAdmin'

export async function signInNotice(payload: Payload, created: FirstAdmin | null): Promise<string[]> {
  if (created?.passwordFile) {
    return [
      `管理员账号：${created.email}`,
      `初始密码：${created.password}（只显示这一次，首次登录后须修改）`,
      `密码文件：${created.passwordFile}（仅本机当前用户可读）`,
    ]
  }
  if (created) return [`管理员账号：${created.email}`, '密码：ADMIN_PASSWORD 所设的密码']

  const file = firstAdminFile()
  const fileEmail = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n')[0]?.trim() : undefined
  const byEmail = fileEmail
    ? (await payload.find({ collection: 'users', where: { email: { equals: fileEmail } }, limit: 1, depth: 0 })).docs[0]
    : undefined
  const admin =
    byEmail ??
    (await payload.find({ collection: 'users', where: { roles: { in: ['admin'] } }, sort: 'createdAt', limit: 1, depth: 0 })).docs[0]
  if (!admin) return ['管理员账号：数据库中没有管理员']
  if (byEmail?.mustChangePassword) return [`管理员账号：${admin.email}`, `初始密码：见 ${file}（首次登录后须修改）`]
  if (byEmail) return [`管理员账号：${admin.email}`, `密码：已在首次登录时修改（${file} 中的初始密码已失效）`]
  return [`管理员账号：${admin.email}`, '密码：管理员自己设定的密码（忘记时请另一位管理员在“用户”中重设）']
}
