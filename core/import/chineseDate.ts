/**
 * Dates as printed in documents and on their web pages: 2022年6月30日, the signature's
 * 二〇二二年六月三十日 (often typed with ○ or 零 for 〇), full-width digits, and the
 * page metadata's 2018-05-16 15:22:46. All come back as YYYY-MM-DD, and only for days
 * that exist.
 */
import { isCalendarDate } from '../calendar/calendarDate'
import { readDate } from '../documents/clauseText'

export type FoundDate = {
  value: string
  /** As printed. */
  raw: string
  index: number
}

const CHINESE_YEAR_DIGITS = '〇零一二三四五六七八九'
const CHINESE_SMALL = '一二三四五六七八九十'
const SP = '[ \\t]*'

/** Year, month, day: Arabic digits or Chinese numerals, with the stray spaces copies add. */
const CHINESE_DATE = new RegExp(
  `(\\d{4}|[${CHINESE_YEAR_DIGITS}]{4})${SP}年${SP}(\\d{1,2}|[${CHINESE_SMALL}]{1,3})${SP}月${SP}(\\d{1,2}|[${CHINESE_SMALL}]{1,3})${SP}日`,
  'gu',
)
const NUMERIC_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/gu

/**
 * Same length as the input, so that match offsets stay valid: full-width digits to
 * ASCII, and the circles typed for 〇 to 〇.
 */
function foldDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[○◯Ｏ]/g, '〇')
}

function numericDay(year: string, month: string, day: string): string | null {
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return isCalendarDate(value) ? value : null
}

/** Every date written 2022年6月30日 or 二〇二二年六月三十日 in the text, in order. */
export function findChineseDates(text: string): FoundDate[] {
  const folded = foldDigits(text)
  const found: FoundDate[] = []
  for (const m of folded.matchAll(CHINESE_DATE)) {
    const value = readDate(m[1] ?? '', m[2] ?? '', m[3] ?? '')
    if (value) found.push({ value, raw: text.slice(m.index, m.index + m[0].length), index: m.index })
  }
  return found
}

/** The first date in the text, in either the Chinese or the numeric (2018-05-16) form. */
export function findFirstDate(text: string): FoundDate | null {
  const folded = foldDigits(text)
  const candidates: FoundDate[] = [...findChineseDates(text)]
  for (const m of folded.matchAll(NUMERIC_DATE)) {
    const value = numericDay(m[1] ?? '', m[2] ?? '', m[3] ?? '')
    if (value) candidates.push({ value, raw: text.slice(m.index, m.index + m[0].length), index: m.index })
  }
  candidates.sort((a, b) => a.index - b.index)
  return candidates[0] ?? null
}

/** What may follow a date on a line of its own: the 版记's 印发 or nothing. */
export type DateLine = { value: string; raw: string; suffix: '' | '印发' }

const DATE_LINE = new RegExp(`^${CHINESE_DATE.source}${SP}(印发)?$`, 'u')

/** A line that is a date and nothing else (spaces aside), or a 印发 date ("2022年6月30日印发"). */
export function readDateLine(line: string): DateLine | null {
  const trimmed = line.trim()
  const m = DATE_LINE.exec(foldDigits(trimmed))
  if (!m) return null
  const value = readDate(m[1] ?? '', m[2] ?? '', m[3] ?? '')
  if (!value) return null
  return { value, raw: trimmed, suffix: m[4] ? '印发' : '' }
}

/** The regular-expression source of one Chinese date, for building larger patterns (no groups). */
export const CHINESE_DATE_TEXT = `(?:[0-9０-９]{4}|[${CHINESE_YEAR_DIGITS}○◯Ｏ]{4})${SP}年${SP}(?:[0-9０-９]{1,2}|[${CHINESE_SMALL}]{1,3})${SP}月${SP}(?:[0-9０-９]{1,2}|[${CHINESE_SMALL}]{1,3})${SP}日`
