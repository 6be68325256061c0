/** Dates as the gazette prints them: 2022年6月30日, without leading zeros. */
export function chineseDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${isoDate}`)
  const [, year, month, day] = match
  return `${year}年${Number(month)}月${Number(day)}日`
}
