/**
 * Sending never blocks or fails a save: messages go out after the current request, one
 * by one, and a failed delivery is logged, never thrown. Without SMTP nothing is sent.
 */
import type { Payload } from 'payload'

import { mailConfigured } from './mailSettings'

export type OutgoingMail = { to: string; subject: string; text: string }

export function deliverLater(payload: Payload, mails: OutgoingMail[]): void {
  if (!mailConfigured() || mails.length === 0) return
  setImmediate(() => {
    void (async () => {
      for (const mail of mails) {
        try {
          await payload.sendEmail(mail)
        } catch (err) {
          payload.logger.error({ err, msg: `通知邮件发送失败（收件人 ${mail.to}，主题 ${mail.subject}）` })
        }
      }
    })()
  })
}
