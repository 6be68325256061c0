/**
 * Where a document stands against its interpretation deadline (7 working days after
 * publication): published on time or late, still open (on time, due soon, overdue), or
 * unknown when the holiday calendar of a year the count crosses is not held.
 */
import { compareCalendarDates } from '../calendar/calendarDate'
import { deadlineState, interpretationDueDate } from './interpretationDeadlines'
import { UnknownCalendarYearError } from '../calendar/workingDays'

export type InterpretationStatus =
  | { state: 'published-on-time' | 'published-late'; due: string; publishedOn: string }
  | { state: 'overdue' | 'due-soon' | 'on-time'; due: string }
  | { state: 'unknown-calendar'; year: number }

export const interpretationStatusLabels: Record<InterpretationStatus['state'], string> = {
  'published-on-time': '解读已按时发布',
  'published-late': '解读已发布，但晚于时限',
  overdue: '解读已逾期未发布',
  'due-soon': '解读即将到期',
  'on-time': '解读尚在时限内',
  'unknown-calendar': '尚未收录该年度节假日安排，无法计算时限',
}

/**
 * @param publishedDate the document's 发布日期
 * @param interpretationDates publication days of its published interpretations
 * @param today the day to judge for, in the gazette's time zone
 */
export function interpretationStatus(publishedDate: string, interpretationDates: readonly string[], today: string): InterpretationStatus {
  let due: string
  try {
    due = interpretationDueDate(publishedDate)
  } catch (error) {
    if (error instanceof UnknownCalendarYearError) return { state: 'unknown-calendar', year: error.year }
    throw error
  }
  const first = [...interpretationDates].sort(compareCalendarDates)[0]
  if (first) return { state: compareCalendarDates(first, due) <= 0 ? 'published-on-time' : 'published-late', due, publishedOn: first }
  try {
    return { state: deadlineState(due, today), due }
  } catch (error) {
    if (error instanceof UnknownCalendarYearError) return { state: 'unknown-calendar', year: error.year }
    throw error
  }
}
