/**
 * Helpers for reading dates and numbers out of Chinese document text, as it arrives
 * copied from websites and word processors: full-width or ASCII digits and punctuation,
 * stray spaces and line breaks, Chinese numerals (二〇二二年七月一日, 有效期三年).
 */
import { isCalendarDate } from '../calendar/calendarDate'

/** Text folded for matching, with the offset in the original of every folded character. */
export type FoldedText = { text: string; offsets: number[] }

const FULL_WIDTH_DIGIT = /[０-９]/
const ZERO_LOOKALIKES = new Set(['○', '◯', 'Ｏ'])
const ASCII_PUNCTUATION: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' }

/**
 * Removes whitespace (including line breaks: copied text breaks lines mid-sentence),
 * turns full-width digits into ASCII, ASCII punctuation into full-width, the circles
 * typed for 〇 into 〇, and a full stop that is not a decimal point into 。.
 */
export function foldText(original: string): FoldedText {
  let text = ''
  const offsets: number[] = []
  for (let i = 0; i < original.length; i++) {
    let ch = original[i] as string
    if (/\s/.test(ch)) continue
    if (FULL_WIDTH_DIGIT.test(ch)) ch = String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
    else if (ZERO_LOOKALIKES.has(ch)) ch = '〇'
    else if (ch in ASCII_PUNCTUATION) ch = ASCII_PUNCTUATION[ch] as string
    else if ((ch === '.' || ch === '．') && !(/\d/.test(text.at(-1) ?? '') && /[\d０-９]/.test(original[i + 1] ?? ''))) ch = '。'
    text += ch
    offsets.push(i)
  }
  return { text, offsets }
}

/** The original text behind folded[start, end). */
export function originalSlice(original: string, folded: FoldedText, start: number, end: number): string {
  if (end <= start) return ''
  return original.slice(folded.offsets[start] ?? 0, (folded.offsets[end - 1] ?? original.length - 1) + 1)
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** A count in ASCII digits or Chinese numerals up to 999: '30', '五', '十二', '三十', '一百二十'. */
export function readNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s)
  let total = 0
  let current = 0
  for (const ch of s) {
    if (ch in DIGITS) current = DIGITS[ch] as number
    else if (ch === '十' || ch === '百') {
      total += (current || 1) * (ch === '十' ? 10 : 100)
      current = 0
    } else return null
  }
  return s === '' ? null : total + current
}

/** A year written digit by digit: '2022' or '二〇二二'. */
function readYear(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s)
  if (![...s].every((ch) => ch in DIGITS)) return null
  return Number([...s].map((ch) => DIGITS[ch]).join(''))
}

/** Source for a date written 2022年7月1日 or 二〇二二年七月一日; groups: year, month, day. */
export const DATE_SOURCE =
  '(\\d{4}|[〇零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日'

/** A count of days, years or months: 30, 三十, 两. */
export const COUNT_SOURCE = '(\\d{1,3}|[〇零一二两三四五六七八九十百]{1,5})'

/** The calendar day named by the three DATE_SOURCE groups, or null if no such day exists. */
export function readDate(year: string, month: string, date: string): string | null {
  const y = readYear(year)
  const m = readNumber(month)
  const d = readNumber(date)
  if (y === null || m === null || d === null) return null
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  return isCalendarDate(day) ? day : null
}
