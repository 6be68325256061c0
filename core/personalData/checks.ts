/**
 * Check-digit arithmetic for the numbers the scanner verifies. A number is reported only
 * when its own check passes, which is what keeps document numbers, 索引号 and amounts out.
 */
import { isCalendarDate } from '../calendar/calendarDate'

/** GB 11643-1999 weights: 2^(17-i) mod 11 for positions 1..17. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const
const ID_CHECK_CHARS = '10X98765432'

/**
 * Provinces, autonomous regions and municipalities (11 北京 … 65 新疆), 71 台湾, and 81–83
 * for the residence permits of Hong Kong, Macao and Taiwan residents.
 */
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
  83,
])

/** The ISO 7064 MOD 11-2 check character for the first 17 digits of an identity card number. */
export function idCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('身份证号码本体码应为17位数字')
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0)
  return ID_CHECK_CHARS[sum % 11] ?? ''
}

/** A real day, not before 1900 (nobody older is still filed) and not after `today`. */
function plausibleBirthDate(year: string, month: string, day: string, today: string): boolean {
  const date = `${year}-${month}-${day}`
  return isCalendarDate(date) && date >= '1900-01-01' && date <= today
}

/**
 * A mainland resident identity card number: 18 characters with a matching check digit
 * (X in either case), or the old 15-digit form (born 19YY, no check digit), each with a
 * known province code and a plausible birth date. `today` is 'YYYY-MM-DD'.
 */
export function isResidentIdNumber(value: string, today: string): boolean {
  const province = Number(value.slice(0, 2))
  if (!PROVINCE_CODES.has(province)) return false
  if (/^\d{17}[\dXx]$/.test(value)) {
    if (idCheckDigit(value.slice(0, 17)) !== value.slice(17).toUpperCase()) return false
    return plausibleBirthDate(value.slice(6, 10), value.slice(10, 12), value.slice(12, 14), today)
  }
  if (/^\d{15}$/.test(value)) {
    return plausibleBirthDate(`19${value.slice(6, 8)}`, value.slice(8, 10), value.slice(10, 12), today)
  }
  return false
}

/** The Luhn (mod 10) check that payment card numbers carry in their last digit. */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}
