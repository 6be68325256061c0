/** Chinese numerals as documents print them: 一、二、…, 第十二条 (dates: core/display/chineseDate.ts). */
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (enough for sections and articles). */
export function chineseNumeral(n: number): string {
  if (n < 10) return DIGITS[n] as string
  if (n < 20) return `十${n % 10 === 0 ? '' : DIGITS[n % 10]}`
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : DIGITS[n % 10]}`
  return String(n)
}
