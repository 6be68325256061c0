/**
 * Under the sign-in form: without an SMTP server no reset e-mail can arrive, so the
 * "forgot password" link is hidden and the page says whom to ask instead.
 */
import { mailConfigured } from '../notifications/mailSettings'

export function LoginMailNotice() {
  if (mailConfigured()) return null
  return (
    <>
      <style>{'.login__form a[href$="/forgot"]{display:none}'}</style>
      <p style={{ marginTop: '1rem' }}>本系统未配置邮件服务，不能通过邮件重置密码。忘记密码时，请联系管理员重设。</p>
    </>
  )
}
