/**
 * Chinese numerals as legal texts write them: 第一百二十三条, （十二）, 第十一次修正. Read back
 * (parseChineseNumeral) to number articles and items, and written (chineseNumeral) to label
 * versions. Up to 9999: 民法典, the longest code, has 1260 articles.
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const WRITTEN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const

/** The characters a numeral may be written with, for building patterns. */
export const NUMERAL_CHARACTERS = '〇零一二两三四五六七八九十百千0-9０-９'

/**
 * The number written in Arabic digits (ASCII or full-width) or Chinese numerals: '123',
 * '１２', '十', '十一', '一百零五', '一百一十', '一千二百六十'. Null for anything else, including
 * malformed numerals ('百百', '十十') and 0.
 */
export function parseChineseNumeral(text: string): number | null {
  const folded = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
  if (/^\d+$/.test(folded)) {
    const value = Number(folded)
    return value > 0 ? value : null
  }
  // 零 only ever stands between two places ('一百零五'), never last.
  if (/[〇零]$/u.test(folded)) return null
  let total = 0
  let digit: number | null = null
  let lastUnit = Infinity
  for (const ch of folded) {
    if (ch in DIGITS) {
      // Two digits in a row ('一二') only make sense with 零 between units ('一百零五').
      if (digit !== null && digit !== 0) return null
      digit = DIGITS[ch] as number
    } else if (ch in UNITS) {
      const unit = UNITS[ch] as number
      // Units come in falling order (千 before 百 before 十), each once.
      if (unit >= lastUnit) return null
      // A bare 十 is 一十 ('十一' is 11, and the informal '一百十' 110); 百 and 千 need their digit.
      if (digit === null && unit !== 10) return null
      if (digit === 0) return null
      total += (digit ?? 1) * unit
      lastUnit = unit
      digit = null
    } else {
      return null
    }
  }
  total += digit ?? 0
  return total > 0 ? total : null
}

/**
 * The number in Chinese numerals as legal texts print it: 10 '十', 11 '十一', 20 '二十', 101
 * '一百零一', 110 '一百一十', 1010 '一千零一十'. Throws RangeError outside 1–9999.
 */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 9999) {
    throw new RangeError(`数字${String(value)}超出范围：只能写出1至9999的中文数字`)
  }
  if (value < 20 && value >= 10) return `十${value === 10 ? '' : WRITTEN_DIGITS[value - 10]}`
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ]
  let text = ''
  let pendingZero = false
  for (const [size, unit] of places) {
    const digit = Math.floor(value / size) % 10
    if (digit === 0) {
      if (text !== '') pendingZero = true
      continue
    }
    if (pendingZero) text += '零'
    pendingZero = false
    text += `${WRITTEN_DIGITS[digit]}${unit}`
  }
  return text
}
