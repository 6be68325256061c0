/**
 * The names a reader may type for a document, reduced to comparable keys. Chinese
 * government titles wrap their subject: 运城市人民政府办公室关于印发运城市2022年政务公开工作要点的通知
 * is known as 运城市2022年政务公开工作要点, or simply 政务公开工作要点; 中华人民共和国刑法 as 刑法.
 * The same reduction runs at build time over titles and in the browser over queries, so a
 * query matches a title when both reduce to the same key.
 */

/** Typographic noise that never tells two names apart: spaces, book-title marks, quotes, middle dots. */
const NOISE = /[\s\u00a0\u3000《》〈〉「」『』“”‘’"'·・]/g

/** Full-width letters and digits as ASCII, no noise, lower case: 《刑法》 and 刑　法 are one key. */
export function normalizeName(text: string): string {
  return text.normalize('NFKC').replace(NOISE, '').toLowerCase()
}

// 关于印发《X》的通知, 关于转发…, 印发X的通知: the document is X.
const DISTRIBUTED = /^(?:关于)?(?:印发|转发|发布|公布|颁布|下发|修订印发|重新印发)(.+?)的(?:通知|通告|公告|决定|函)$/
// 关于X的通知 (or 意见, 决定…): the subject is X, the kind is the wrapper.
const ABOUT = /^关于(.+?)的(?:通知|通告|公告|决定|意见|实施意见|指导意见|批复|复函|函|报告|请示)$/
// A version mark at the end: （2020年修正）, (2018修订), （试行）is kept: it is part of the name.
const VERSION = /[(（]\d{4}年?(?:修正|修订|修改|版)?[)）]$/
const TRIAL = /[(（]试行[)）]$/
const COUNTRY = /^中华人民共和国/
// A leading place and year: 运城市2022年…, 2019年度…, 山西省…, 钟楼区…
const PLACE_OR_YEAR = /^(?:[\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|自治州|地区|盟|县|自治县|旗|区))?(?:\d{4}(?:—\d{4})?年度?)?/

/** Titles shorter than this (after reduction) are words, not names: 通知, 办法. */
export const MIN_KEY_LENGTH = 2

/** A key and how closely it names its document: 0 the title itself, 1 a name shared by a series. */
export interface NameKey {
  key: string
  strength: 0 | 1
}

/**
 * The keys of a title: the whole title; the title without its issuer prefix (what comes before
 * 关于 or 印发, or 中华人民共和国 before a law's name) and without 关于; the core the wrapper
 * distributes, also without a version mark or （试行）; and, at strength 1, the core without a
 * leading place or year, shared by the same kind of document every year.
 */
export function titleKeys(title: string): NameKey[] {
  const full = normalizeName(title)
  let rest = full.replace(COUNTRY, '')
  const about = rest.indexOf('关于')
  const distributed = rest.search(/印发|转发/)
  // A prefix only counts as an issuer when it comes first and is not the whole title.
  const cut = about > 0 ? about : distributed > 0 && about < 0 ? distributed : 0
  rest = rest.slice(cut)
  const wrapped = DISTRIBUTED.exec(rest) ?? ABOUT.exec(rest)
  const core = (wrapped?.[1] ?? rest.replace(/^关于/, '')).replace(VERSION, '')
  const trial = core.replace(TRIAL, '')
  // 关于加强X工作的意见 is also asked for as 加强X工作的意见; 印发X的通知 only as X.
  const exact = [full, rest, !DISTRIBUTED.test(rest) ? rest.replace(/^关于/, '') : core, core, trial]
  const series = [core, trial].map((name) => name.replace(PLACE_OR_YEAR, '')).filter((name) => name.length >= 4 && !exact.includes(name))
  const keys: NameKey[] = []
  const add = (key: string, strength: 0 | 1) => {
    if (key.length >= MIN_KEY_LENGTH && !keys.some((known) => known.key === key)) keys.push({ key, strength })
  }
  for (const key of exact) add(key, 0)
  for (const key of series) add(key, 1)
  return keys
}

/** A title's core name: its last own key, without issuer, wrapper, version or （试行）. */
export function titleCore(title: string): string | undefined {
  return titleKeys(title)
    .filter(({ strength }) => strength === 0)
    .at(-1)?.key
}

/**
 * Every key a query may be: itself, and what it reduces to if it is a title. Never its series
 * name: 2019年政务公开工作安排 asks for that year's, not for every year's.
 */
export function queryKeys(query: string): string[] {
  return titleKeys(query)
    .filter(({ strength }) => strength === 0)
    .map(({ key }) => key)
}
