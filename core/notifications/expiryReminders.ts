/**
 * 有效期届满提醒: the office is mailed when a published document's 有效期至 comes within a
 * reminder horizon (EXPIRY_REMINDER_DAYS, e.g. "30,7": 30 days before, then 7 days
 * before), once per document per horizon, so that it decides in time whether to revise,
 * extend or let the document lapse. What was sent is remembered per document with the
 * expiry day it was sent for: a document given a new 有效期至 is reminded afresh.
 */
import { DEFAULT_EXPIRY_WINDOW_DAYS } from '../workflow/workQueues'

export const DEFAULT_REMINDER_DAYS: readonly number[] = [30]

/** Longest accepted horizon: ten years, beyond which a reminder is no reminder. */
const MAX_HORIZON = 3650

/**
 * EXPIRY_REMINDER_DAYS: comma-separated whole days before 有效期至, largest first once
 * read; unset or empty means 30; "off" (or "0") sends no reminders. Throws an Error with a
 * Chinese message on anything else, so that a typo is not a silent "never remind".
 */
export function parseReminderDays(value: string | undefined): number[] {
  const text = value?.trim() ?? ''
  if (text === '') return [...DEFAULT_REMINDER_DAYS]
  if (text.toLowerCase() === 'off' || text === '0') return []
  const days = text.split(/[,，\s]+/).filter(Boolean)
  const numbers = days.map(Number)
  if (!numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= MAX_HORIZON)) {
    throw new Error(`EXPIRY_REMINDER_DAYS 设置有误：“${value}”。应为逗号分隔的天数（1至${MAX_HORIZON}），如 30,7；填 off 不发送提醒。`)
  }
  return [...new Set(numbers)].sort((a, b) => b - a)
}

/** 即将到期 looks 30 days ahead, or as far as the longest reminder horizon if that is longer. */
export function expiryWindowDays(horizons: readonly number[]): number {
  return Math.max(DEFAULT_EXPIRY_WINDOW_DAYS, ...horizons)
}

/** What was mailed about one document: for which 有效期至, at which horizons. */
export type ReminderRecord = { expiresOn: string; horizons: number[] }

export type DueReminder = {
  /** Days from today to 有效期至 (0: it expires today). */
  daysLeft: number
  /** The nearest horizon reached and not yet mailed: the one the mail is about. */
  horizon: number
  /** Every horizon to remember as done once mailed, the earlier ones included. */
  record: ReminderRecord
}

/**
 * Whether a document expiring on `expiresOn` is due a reminder today. A document first
 * seen inside several horizons at once (published with 5 days left, horizons 30 and 7)
 * gets one mail, and all those horizons count as done. An expired document is not due.
 */
export function dueReminder(
  expiresOn: string,
  today: string,
  horizons: readonly number[],
  sent: ReminderRecord | null,
): DueReminder | null {
  const daysLeft = daysBetween(today, expiresOn)
  if (daysLeft < 0) return null
  const reached = horizons.filter((horizon) => daysLeft <= horizon)
  const done = sent?.expiresOn === expiresOn ? sent.horizons : []
  const fresh = reached.filter((horizon) => !done.includes(horizon))
  if (fresh.length === 0) return null
  const horizonsDone = [...new Set([...done, ...reached])].sort((a, b) => b - a)
  return { daysLeft, horizon: Math.min(...fresh), record: { expiresOn, horizons: horizonsDone } }
}

/** Whole days from `from` to `to` ('YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}
