/**
 * The SMTP server the CMS sends its e-mail through (notifications, password resets), read
 * from the environment. Without SMTP_HOST there is no e-mail at all: nothing is sent, the
 * sign-in page offers no password reset, and the admin says so.
 */
export type MailSettings = {
  host: string
  port: number
  secure: boolean
  user?: string
  password?: string
  fromAddress: string
  fromName: string
}

/** "Name <address>" or a bare address. */
export function parseMailFrom(value: string | undefined): { fromName: string; fromAddress: string } {
  const text = value?.trim() || '公报管理 <noreply@gongbao.local>'
  const named = /^(.*?)\s*<([^<>\s]+)>$/.exec(text)
  if (named?.[2]) return { fromName: (named[1] ?? '').replace(/^"|"$/g, '').trim() || '公报管理', fromAddress: named[2] }
  return { fromName: '公报管理', fromAddress: text }
}

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secure = ['1', 'true', 'on', 'yes'].includes((env.SMTP_SECURE ?? '').trim().toLowerCase())
  const port = Number(env.SMTP_PORT?.trim() || (secure ? 465 : 587))
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`SMTP_PORT 不是有效的端口：${env.SMTP_PORT}`)
  return {
    host,
    port,
    secure,
    user: env.SMTP_USER?.trim() || undefined,
    password: env.SMTP_PASSWORD || undefined,
    ...parseMailFrom(env.MAIL_FROM),
  }
}

export function mailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_HOST?.trim())
}
