/**
 * Working days (工作日) of mainland China: Monday to Friday, except the statutory holidays,
 * plus the weekend days declared working days (调休上班) in the State Council General
 * Office's yearly notice. Days are calendar days 'YYYY-MM-DD' (see calendarDate.ts).
 *
 * Counting convention: a period counted in days does not include the day of the event
 * (《中华人民共和国民法典》第二百零一条：“开始的当日不计入，自下一日开始计算”). So the
 * deadline "within n working days of D" is the n-th working day after D, whatever D is.
 *
 * Error policy: a malformed day or count throws a RangeError (Chinese message). A day whose
 * status depends on a year with no notice held throws UnknownCalendarYearError (also a
 * RangeError), so a deadline is never computed from a guessed calendar. Functions only look
 * at the days they need: adding to a late-2017 date is fine until it has to judge a 2017 day.
 */

import { isCalendarDate } from './calendarDate'
import { HOLIDAY_YEARS, type HolidayName } from './holidays'

export class UnknownCalendarYearError extends RangeError {
  readonly year: number

  constructor(year: number) {
    super(`尚未收录${year}年的节假日安排（国务院办公厅关于${year}年部分节假日安排的通知），无法计算工作日`)
    this.name = 'UnknownCalendarYearError'
    this.year = year
  }
}

/**
 * The next year's 元旦 arrangement can reach back into late December (2018-12-29 was a
 * working Saturday under the 2019 notice). The earliest such day in the notices is 29
 * December, so from then on a day needs the next year's notice too.
 */
const NEXT_NOTICE_FROM = '12-29'

const MS_PER_DAY = 86_400_000

const offDays = new Map<string, HolidayName>()
const workDays = new Map<string, HolidayName>()
for (const { holidays } of HOLIDAY_YEARS) {
  for (const block of holidays) {
    for (let day = block.off[0]; day <= block.off[1]; day = shift(day, 1)) offDays.set(day, block.name)
    for (const day of block.work) workDays.set(day, block.name)
  }
}
const knownYears = new Set(HOLIDAY_YEARS.map((y) => y.year))
const firstYear = Math.min(...knownYears)
const lastYear = Math.max(...knownYears)

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10)
}

function assertDay(day: unknown): asserts day is string {
  if (!isCalendarDate(day)) throw new RangeError(`日期“${String(day)}”无效，应为真实存在的 YYYY-MM-DD`)
}

function assertKnown(day: string): void {
  const year = Number(day.slice(0, 4))
  if (!knownYears.has(year)) throw new UnknownCalendarYearError(year)
  if (day.slice(5) >= NEXT_NOTICE_FROM && !knownYears.has(year + 1)) throw new UnknownCalendarYearError(year + 1)
}

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'adjusted-working-day'

export interface DayInfo {
  working: boolean
  kind: DayKind
  /** The holiday block the day belongs to, for holidays and adjusted working days. */
  holiday?: HolidayName
}

/** Why a day is or is not a working day. Throws as described at the top of the file. */
export function describeDay(day: string): DayInfo {
  assertDay(day)
  assertKnown(day)
  const off = offDays.get(day)
  if (off) return { working: false, kind: 'holiday', holiday: off }
  const work = workDays.get(day)
  if (work) return { working: true, kind: 'adjusted-working-day', holiday: work }
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return weekday === 0 || weekday === 6 ? { working: false, kind: 'weekend' } : { working: true, kind: 'weekday' }
}

export function isWorkingDay(day: string): boolean {
  return describeDay(day).working
}

/**
 * The n-th working day after `start` (the day of the event does not count, see above):
 * the last day of a "within n working days" period. n = 0 returns `start` itself.
 */
export function addWorkingDays(start: string, n: number): string {
  assertDay(start)
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`工作日天数“${String(n)}”无效，应为非负整数`)
  let day = start
  for (let counted = 0; counted < n;) {
    day = shift(day, 1)
    if (isWorkingDay(day)) counted++
  }
  return day
}

/**
 * Working days after `a` up to and including `b`, so that
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when b is before a.
 */
export function workingDaysBetween(a: string, b: string): number {
  assertDay(a)
  assertDay(b)
  if (b < a) return -workingDaysBetween(b, a)
  let count = 0
  for (let day = shift(a, 1); day <= b; day = shift(day, 1)) if (isWorkingDay(day)) count++
  return count
}

export interface CalendarCoverage {
  /** First and last year whose notice is held. */
  firstYear: number
  lastYear: number
  /** First and last day whose status is known (late December waits for the next notice). */
  firstDay: string
  lastDay: string
}

export function calendarCoverage(): CalendarCoverage {
  return {
    firstYear,
    lastYear,
    firstDay: `${firstYear}-01-01`,
    lastDay: shift(`${lastYear}-${NEXT_NOTICE_FROM}`, -1),
  }
}
