/**
 * Arithmetic on calendar days ('YYYY-MM-DD'). Done in UTC so that no server zone or
 * daylight-saving change can move a day. Throws RangeError (Chinese message) on a day
 * that does not exist, like calendarDate.ts.
 */
import { isCalendarDate } from './calendarDate'

function parts(day: string): [number, number, number] {
  if (!isCalendarDate(day)) throw new RangeError(`日期“${String(day)}”无效，应为真实存在的 YYYY-MM-DD`)
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return [year, month, date]
}

function format(time: number): string {
  const d = new Date(time)
  const year = d.getUTCFullYear()
  if (year < 1 || year > 9999) throw new RangeError('日期超出可表示的范围（0001年至9999年）')
  return `${String(year).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
}

function utc(year: number, monthIndex: number, date: number): number {
  const d = new Date(0)
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  d.setUTCFullYear(year, monthIndex, date)
  return d.getTime()
}

/** The day `days` days after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = parts(day)
  return format(utc(year, month - 1, date + days))
}

/**
 * The day `months` months after `day`, keeping the day of the month. When that month is
 * too short (31 January + 1 month, 29 February + 12 months) the result is the first day
 * of the following month: the anniversary falls "after the last day", so the day before
 * it is the month's last day, which is what a term ending "the day before the
 * anniversary" needs.
 */
export function addMonthsToDay(day: string, months: number): string {
  const [year, month, date] = parts(day)
  const target = new Date(utc(year, month - 1 + months, 1))
  const [y, m] = [target.getUTCFullYear(), target.getUTCMonth()]
  const length = new Date(utc(y, m + 1, 0)).getUTCDate()
  return format(date <= length ? utc(y, m, date) : utc(y, m + 1, 1))
}
