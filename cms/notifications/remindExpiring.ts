/**
 * The daily expiry reminder: published documents whose 有效期至 has come within a
 * reminder horizon (EXPIRY_REMINDER_DAYS) are mailed to the office in one message, each
 * once per horizon (notifications/reminderLog.ts). It reads the published version of
 * each document, the one in force, whatever edit is pending. A reminder counts as sent
 * only once at least one recipient's server accepted it: a failed run is retried by the
 * next one. Without SMTP nothing is sent and nothing is recorded.
 */
import type { Payload, Where } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { dueReminder, expiryWindowDays, parseReminderDays, type ReminderRecord } from '../../core/notifications/expiryReminders'
import { queueListHref } from '../../core/workflow/queueLink'
import { expiringWhere } from '../../core/workflow/workQueues'
import { adminOrigin, itemAdminLink } from './adminLink'
import { expiryMail, type ExpiringItem } from './expiryMail'
import { expiryRecipients } from './expiryRecipients'
import { mailConfigured } from './mailSettings'
import { recordReminder, sentReminder } from './reminderLog'
import { pipelineSettings } from '../../core/settings'

export type ExpiryRun = { reminded: Array<number | string>; recipients: string[] }

export async function remindExpiring(payload: Payload, now: Date): Promise<ExpiryRun> {
  const horizons = parseReminderDays(process.env.EXPIRY_REMINDER_DAYS)
  if (!mailConfigured() || horizons.length === 0) return { reminded: [], recipients: [] }
  const { timeZone } = pipelineSettings()
  const today = toCalendarDate(now, timeZone)
  const { docs } = await payload.find({
    collection: 'documents',
    where: expiringWhere(today, timeZone, Math.max(...horizons)) as unknown as Where,
    sort: 'expiresOn',
    pagination: false,
    depth: 0,
    select: { title: true, docNumber: true, expiresOn: true },
    overrideAccess: true,
  })
  const due: Array<{ id: number; item: ExpiringItem; record: ReminderRecord }> = []
  for (const doc of docs) {
    if (!doc.expiresOn) continue
    const expiresOn = toCalendarDate(doc.expiresOn, timeZone)
    const reminder = dueReminder(expiresOn, today, horizons, await sentReminder(payload, 'documents', doc.id))
    if (!reminder) continue
    due.push({
      id: doc.id,
      record: reminder.record,
      item: {
        title: doc.title,
        docNumber: doc.docNumber,
        expiresOn,
        daysLeft: reminder.daysLeft,
        horizon: reminder.horizon,
        link: itemAdminLink(payload, 'documents', doc.id),
      },
    })
  }
  if (due.length === 0) return { reminded: [], recipients: [] }
  const recipients = await expiryRecipients(payload)
  const list = queueListHref(payload.config.routes.admin, 'documents', expiringWhere(today, timeZone, expiryWindowDays(horizons)))
  const { subject, text } = expiryMail({ items: due.map((d) => d.item), listLink: `${adminOrigin(payload)}${list}` })
  const delivered: string[] = []
  for (const to of recipients) {
    try {
      await payload.sendEmail({ to, subject, text })
      delivered.push(to)
    } catch (err) {
      payload.logger.error({ err, msg: `有效期届满提醒邮件发送失败（收件人 ${to}）` })
    }
  }
  if (delivered.length === 0) return { reminded: [], recipients: [] }
  for (const { id, record } of due) await recordReminder(payload, 'documents', id, record, now)
  payload.logger.info(`已发送有效期届满提醒：${due.length}件文件，${delivered.length}位收件人`)
  return { reminded: due.map((d) => d.id), recipients: delivered }
}
