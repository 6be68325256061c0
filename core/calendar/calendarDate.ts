/**
 * Calendar days (成文日期, 发布日期, 施行日期, 有效期至, 废止日期) are days in the gazette's
 * time zone, not instants: a document signed on 30 June is dated 30 June whatever the
 * server's zone. They are kept as 'YYYY-MM-DD' strings and converted only at the edges.
 *
 * Error policy: isCalendarDate returns a boolean; every other function throws a
 * RangeError (Chinese message) on malformed input. An unknown time zone makes
 * Intl.DateTimeFormat throw its own RangeError.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
// An instant must say its offset: without one, the server's own zone would silently decide the day.
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** True for a 'YYYY-MM-DD' string naming a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false
  const m = DAY.exec(s)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** Throws the RangeError every function here throws on a malformed or non-existent day. */
export function assertCalendarDate(day: unknown): asserts day is string {
  if (!isCalendarDate(day)) throw new RangeError(`日期“${String(day)}”无效，应为真实存在的 YYYY-MM-DD`)
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function wallClock(instant: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of formatter.formatToParts(instant)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value)
  }
  return parts
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/**
 * The calendar day in `timeZone` of an instant (Date or ISO string with Z or an offset).
 * A bare 'YYYY-MM-DD' is returned unchanged once validated. Throws RangeError otherwise.
 */
export function toCalendarDate(value: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  let instant: Date
  if (typeof value === 'string') {
    if (DAY.test(value)) {
      assertCalendarDate(value)
      return value
    }
    const m = INSTANT.exec(value)
    // Date parsing rolls 2023-02-30 over to 2 March, so the day part is checked first.
    if (!m || !isCalendarDate(m[1])) {
      throw new RangeError(`无法识别的日期时间“${value}”，应为 YYYY-MM-DD 或带时区的 ISO 时间（如2022-06-30T04:00:00Z）`)
    }
    instant = new Date(value)
  } else {
    instant = value
  }
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`无效的日期时间“${String(value)}”`)
  }
  const p = wallClock(instant, timeZone)
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`
}

/** Offset of `timeZone` from UTC at an instant, in milliseconds. */
function offsetAt(time: number, timeZone: string): number {
  const p = wallClock(new Date(time), timeZone)
  const asUtc = new Date(0)
  asUtc.setUTCFullYear(p.year, p.month - 1, p.day)
  asUtc.setUTCHours(p.hour, p.minute, p.second, 0)
  return asUtc.getTime() - Math.floor(time / 1000) * 1000
}

/**
 * The ISO instant of noon on `day` in `timeZone` ('2022-06-30' → '2022-06-30T04:00:00.000Z'
 * for Shanghai). Noon rather than midnight, so that a conversion through any other zone
 * within ±12 hours, or across a daylight-saving change, still lands on the same day.
 */
export function fromCalendarDate(day: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  assertCalendarDate(day)
  const noonUtc = Date.parse(`${day}T12:00:00.000Z`)
  let instant = noonUtc - offsetAt(noonUtc, timeZone)
  // A second pass corrects the offset when it changes between the two instants (DST).
  instant = noonUtc - offsetAt(instant, timeZone)
  return new Date(instant).toISOString()
}

/** -1, 0 or 1, for sorting. Throws RangeError on an invalid day. */
export function compareCalendarDates(a: string, b: string): -1 | 0 | 1 {
  assertCalendarDate(a)
  assertCalendarDate(b)
  // Four-digit years make the strings order like the days they name.
  return a < b ? -1 : a > b ? 1 : 0
}
