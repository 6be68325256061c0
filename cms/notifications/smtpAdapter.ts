/**
 * Payload's e-mail adapter over nodemailer's SMTP transport (Payload's own
 * @payloadcms/email-nodemailer is published only for other Payload versions). Used for
 * password resets and the review notifications alike.
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import type { MailSettings } from './mailSettings'

export function smtpAdapter(settings: MailSettings): EmailAdapter {
  return () => {
    const transport = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.password ?? '' } : undefined,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    })
    return {
      name: 'smtp',
      defaultFromAddress: settings.fromAddress,
      defaultFromName: settings.fromName,
      sendEmail: async (message) => {
        const from = message.from ?? { name: settings.fromName, address: settings.fromAddress }
        return transport.sendMail({ ...message, from })
      },
    }
  }
}
