/**
 * What an issue says about itself on its cover and in its running heads: the gazette's
 * name (…公报), the year and issue number (2022年第6期), the running total (总第123期)
 * and the publication date (2022年7月15日出版). Each is null when not printed; the
 * command line's --year and --issue override them.
 */
import { findChineseDates } from '../import/chineseDate'
import { compact } from '../import/chineseText'

export type IssueMasthead = {
  gazetteName: string | null
  year: number | null
  issueNumber: number | null
  totalNumber: number | null
  publicationDate: string | null
}

/** `cover`: the text of the first page; `heads`: running heads removed from the other pages. */
export function readIssueMasthead(cover: string, heads: readonly string[]): IssueMasthead {
  const text = compact(cover.normalize('NFKC'))
  const all = [text, ...heads.map((head) => compact(head.normalize('NFKC')))]
  const numbered = firstMatch(all, /(\d{4})年第(\d{1,3})期/u)
  const year = numbered ? Number(numbered[1]) : Number(firstMatch(all, /(\d{4})年/u)?.[1] ?? NaN)
  const total = firstMatch(all, /总第(\d{1,5})期/u)
  const name = firstMatch(all, /([\p{Script=Han}]{2,30}?公报)/u)
  const published = /(.{0,20})出版/u.exec(text)
  const date = findChineseDates(published?.[1] ?? '').at(-1)
  return {
    gazetteName: name?.[1] ?? null,
    year: Number.isInteger(year) && year >= 1949 ? year : null,
    issueNumber: numbered ? Number(numbered[2]) : Number(firstMatch(all, /第(\d{1,3})期/u)?.[1] ?? NaN) || null,
    totalNumber: total ? Number(total[1]) : null,
    publicationDate: date?.value ?? null,
  }
}

function firstMatch(texts: readonly string[], pattern: RegExp): RegExpExecArray | null {
  for (const text of texts) {
    const m = pattern.exec(text)
    if (m) return m
  }
  return null
}
