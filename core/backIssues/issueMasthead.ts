/**
 * What an issue says about itself on its cover and in its running heads: the gazette's
 * name (…公报), the year and issue number (2022年第6期, or in Chinese numerals as early
 * issues print it: 一九五四年第一号), the running total (总第123期, 总第一号) and the
 * publication date (2022年7月15日出版). Each is null when not printed; the command line's
 * --year and --issue override them.
 */
import { parseChineseNumeral } from '../history/chineseNumerals'
import { findChineseDates } from '../import/chineseDate'
import { compact } from '../import/chineseText'

export type IssueMasthead = {
  gazetteName: string | null
  year: number | null
  issueNumber: number | null
  totalNumber: number | null
  publicationDate: string | null
}

const YEAR_DIGITS = '〇○零一二三四五六七八九'
/** A year in Arabic digits or digit by digit in Chinese numerals (一九五四). */
const YEAR = `(\\d{4}|[${YEAR_DIGITS}]{4})`
/** An issue or total number, in Arabic digits or Chinese numerals (第十二期). */
const NUMBER = '(\\d{1,5}|[〇零一二三四五六七八九十百千]{1,6})'

/** `cover`: the text of the first page; `heads`: running heads removed from the other pages. */
export function readIssueMasthead(cover: string, heads: readonly string[]): IssueMasthead {
  const text = compact(cover.normalize('NFKC'))
  const all = [text, ...heads.map((head) => compact(head.normalize('NFKC')))]
  const numbered = firstMatch(all, new RegExp([YEAR, '年第', NUMBER, '[期号]'].join(''), 'u'))
  const year = yearOf(numbered?.[1] ?? firstMatch(all, new RegExp(`${YEAR}年`, 'u'))?.[1])
  const total = firstMatch(all, new RegExp(`总第${NUMBER}[期号]`, 'u'))
  const name = firstMatch(all, /([\p{Script=Han}]{2,30}?公报)/u)
  const published = /(.{0,20})出版/u.exec(text)
  const date = findChineseDates(published?.[1] ?? '').at(-1)
  // Without its year, 第N号 alone may be a decree's number (第5号令): only 第N期 is read then.
  const issue = numbered?.[2] ?? firstMatch(all, new RegExp(`(?<!总)第${NUMBER}期`, 'u'))?.[1]
  return {
    gazetteName: name?.[1] ?? null,
    year: year !== null && year >= 1949 ? year : null,
    issueNumber: issue === undefined ? null : parseChineseNumeral(issue),
    totalNumber: total?.[1] === undefined ? null : parseChineseNumeral(total[1]),
    publicationDate: date?.value ?? null,
  }
}

function yearOf(text: string | undefined): number | null {
  if (text === undefined) return null
  if (/^\d{4}$/u.test(text)) return Number(text)
  // Digit by digit: ○ and 零 are typed for 〇.
  const digits = [...text].map((ch) => YEAR_DIGITS.indexOf(ch)).map((index) => (index <= 2 ? 0 : index - 2))
  return Number(digits.join(''))
}

function firstMatch(texts: readonly string[], pattern: RegExp): RegExpExecArray | null {
  for (const text of texts) {
    const m = pattern.exec(text)
    if (m) return m
  }
  return null
}

/** The masthead as a reader names the issue, saying what was not read: 某某市人民政府公报2022年第6期（总第123期）. */
export function mastheadLabel(masthead: IssueMasthead): string {
  return [
    masthead.gazetteName ?? '（未识别刊名）',
    masthead.year ? `${masthead.year}年` : '（年份未识别）',
    masthead.issueNumber ? `第${masthead.issueNumber}期` : '（期号未识别）',
    masthead.totalNumber ? `（总第${masthead.totalNumber}期）` : '',
  ].join('')
}
