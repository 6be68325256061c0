'use client'
/**
 * In the admin, a user who must change their password is sent to the account page and
 * shown why, until they have (the server refuses everything else: passwordChange.ts).
 */
import { useAuth, useConfig } from '@payloadcms/ui'
import { usePathname, useRouter } from 'next/navigation'
import { type ReactNode, useEffect } from 'react'

export function PasswordChangePrompt({ children }: { children?: ReactNode }) {
  const { user } = useAuth<{ mustChangePassword?: boolean | null }>()
  const { config } = useConfig()
  const pathname = usePathname()
  const router = useRouter()
  const account = `${config.routes.admin}/account`
  const required = Boolean(user?.mustChangePassword)
  useEffect(() => {
    if (required && pathname !== account && !pathname.endsWith('/logout')) router.replace(account)
  }, [required, pathname, account, router])
  return (
    <>
      {required ? (
        <div
          role="alert"
          style={{
            padding: '0.75rem 1.5rem',
            background: 'var(--theme-warning-100, #fff3cd)',
            color: 'var(--theme-warning-900, #664d03)',
            fontWeight: 600,
          }}
        >
          首次登录须修改密码：请在本页点击“更改密码”，输入并确认新密码后保存。修改之前，其他功能不可用。
        </div>
      ) : null}
      {children}
    </>
  )
}
