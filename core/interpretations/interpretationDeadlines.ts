/**
 * Deadlines counted in working days, and how close an editor is to one. All days are
 * calendar days 'YYYY-MM-DD'; pass "today" as toCalendarDate(new Date()) so the gazette's
 * time zone decides it. Errors are those of workingDays.ts: RangeError for a malformed day,
 * UnknownCalendarYearError when the holiday notice of a year the count crosses is not held.
 */

import { compareCalendarDates } from '../calendar/calendarDate'
import { addWorkingDays } from '../calendar/workingDays'

/** Interpretation materials follow the document within 7 working days (domain rules, 政策解读). */
export const INTERPRETATION_WORKING_DAYS = 7

/** 《政府信息公开条例》第二十六条: proactive disclosure within 20 working days of being made or changed. */
export const DISCLOSURE_WORKING_DAYS = 20

/** Warn this many working days ahead, so the office has time to act. */
export const DUE_SOON_WORKING_DAYS = 3

/** The last day to publish the interpretation of a document published on `publishedDate`. */
export function interpretationDueDate(publishedDate: string): string {
  return addWorkingDays(publishedDate, INTERPRETATION_WORKING_DAYS)
}

/** The last day to disclose information made or changed on `madeOrChangedDate`. */
export function disclosureDueDate(madeOrChangedDate: string): string {
  return addWorkingDays(madeOrChangedDate, DISCLOSURE_WORKING_DAYS)
}

export type DeadlineState = 'overdue' | 'due-soon' | 'on-time'

export const DEADLINE_STATE_LABELS: Readonly<Record<DeadlineState, string>> = {
  overdue: '已逾期',
  'due-soon': '即将到期',
  'on-time': '未到期',
}

/**
 * 'overdue' once `today` is past `due`; 'due-soon' when `due` is today or within the next
 * DUE_SOON_WORKING_DAYS working days (a holiday stretches the warning in calendar days);
 * otherwise 'on-time'. Only the days between today and the warning threshold are judged.
 */
export function deadlineState(due: string, today: string): DeadlineState {
  if (compareCalendarDates(today, due) > 0) return 'overdue'
  // One working day at a time, stopping once `due` is reached, so that a due date near the
  // end of the calendar held does not fail on days past it.
  let threshold = today
  for (let i = 0; i < DUE_SOON_WORKING_DAYS && compareCalendarDates(threshold, due) < 0; i++) {
    threshold = addWorkingDays(threshold, 1)
  }
  return compareCalendarDates(due, threshold) <= 0 ? 'due-soon' : 'on-time'
}
