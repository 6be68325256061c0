/**
 * The first run of a fresh installation creates its first admin. The password is
 * ADMIN_PASSWORD when set, otherwise generated: printed once and written to an
 * ignored file readable only by its owner. There is no default password. A generated
 * password must be changed at the first sign-in (mustChangePassword, auth/passwordChange.ts);
 * one the operator chose through ADMIN_PASSWORD need not.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { dataDir } from '../../core/paths'

export type FirstAdmin = { email: string; passwordFile: string | null; password: string }

/** Where a generated first password is kept: the e-mail on the first line, the password on the second. */
export const firstAdminFile = () => path.join(dataDir(), 'first-admin.txt')

export async function ensureFirstAdmin(payload: Payload): Promise<FirstAdmin | null> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return null
  const email = process.env.ADMIN_EMAIL ?? 'admin@gongbao.local'
  const given = process.env.ADMIN_PASSWORD
  const password = given ?? randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: '管理员', roles: ['admin'], mustChangePassword: !given },
  })
  let passwordFile: string | null = null
  if (!given) {
    passwordFile = firstAdminFile()
    fs.mkdirSync(path.dirname(passwordFile), { recursive: true })
    fs.writeFileSync(passwordFile, `${email}\n${password}\n`, { mode: 0o600 })
  }
  return { email, password, passwordFile }
}
