/**
 * The one way a calendar day is written for readers: '2022-06-30' → '2022年6月30日', as
 * documents print it (no leading zeros). The admin, its mails, the public site, the print
 * engine and the sample corpus all write days with this; reading such dates back out of
 * a document's text is core/import/chineseDate.ts, a parser kept apart.
 */
import { assertCalendarDate } from '../calendar/calendarDate'

/** '2022-06-30' → '2022年6月30日'. Calendar days carry no time zone: no Date involved. Throws RangeError on an invalid day. */
export function formatChineseDate(day: string): string {
  assertCalendarDate(day)
  const [year, month, date] = day.split('-').map(Number)
  return `${year}年${month}月${date}日`
}
