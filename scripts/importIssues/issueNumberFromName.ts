/**
 * The year and 期号 a file or folder name gives an issue, when the office named it so:
 * 2022年第6期 (with anything around it: 运城市人民政府公报2022年第6期.pdf), or a name that
 * is only the year and the number, 2022-06 / 2022_6 / 2022.6. Anything else (a date such
 * as 2022-07-15, a name with other numbers) gives nothing rather than a guess.
 */
export type NameNumbers = { year: number; issueNumber: number }

export function issueNumberFromName(name: string): NameNumbers | null {
  const stem = name.normalize('NFKC').replace(/\.[a-z]{2,4}$/iu, '')
  const written = /((?:19|20)\d\d)年第(\d{1,3})期/u.exec(stem)
  const bare = /^((?:19|20)\d\d)[-_.](\d{1,3})$/u.exec(stem.trim())
  const m = written ?? bare
  if (!m) return null
  const issueNumber = Number(m[2])
  return issueNumber >= 1 ? { year: Number(m[1]), issueNumber } : null
}
