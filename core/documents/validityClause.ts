/**
 * Reads the validity clause at the end of a document ("本规定自2022年7月1日起施行，有效期5年")
 * into 施行日期 and 有效期至, for the editor to confirm. It reports what the text says and
 * nothing more: local rules on default terms differ (commonly 5 years, 2 for 试行/暂行
 * documents), so a term is never assumed, only flagged as `provisional`.
 */
import { addDays, addMonthsToDay } from '../calendar/calendarArithmetic'
import { isCalendarDate } from '../calendar/calendarDate'
import { COUNT_SOURCE, DATE_SOURCE, foldText, originalSlice, readDate, readNumber } from './clauseText'

/** How the text fixes the first day: a date, or a number of days after 印发 or 公布. */
export type ClauseStart = { basis: 'date' } | { basis: 'issued' | 'published'; daysAfter: number }

export type ValidityTerm = { count: number; unit: 'year' | 'month' }

export type ValidityClause = {
  /** 施行日期, when the text, with the dates passed in, settles it. */
  effectiveDate?: string
  /** 有效期至: the last day in force. */
  expiresOn?: string
  effectiveFrom?: ClauseStart
  /** The term, when the text states a length rather than an end date. */
  term?: ValidityTerm
  /** 试行 or 暂行, when the clause says so. */
  provisional?: '试行' | '暂行'
  /** The date to pass in to settle 施行日期 ("自印发之日起施行" without a 成文日期). */
  needs?: 'writtenDate' | 'publishedDate'
  /** The clause as written in the text. */
  matchedText: string
}

/** Dates the clause may refer to: 印发 is the 成文日期, 公布/发布 the 发布日期. */
export type ClauseContext = { writtenDate?: string | null; publishedDate?: string | null; effectiveDate?: string | null }

/**
 * The last day of a term that starts on `effectiveDate`: the day before the anniversary,
 * so 5 years from 2022-07-01 ends 2027-06-30. The document is in force for the whole of
 * its 施行日期, so that day is the first of the term; clauses state the same term both ways
 * ("自2019年1月1日起施行，有效期5年" and "…有效期至2023年12月31日"). This is one day shorter
 * than 民法典 第二百零一条 would give (it skips the first day, for periods that start
 * during a day). Where the anniversary does not exist, the term ends on the last day of
 * the month, as 民法典 第二百零二条 has it: 2020-02-29 + 1 year ends 2021-02-28.
 */
export function lastDayOfTerm(effectiveDate: string, term: ValidityTerm): string {
  const months = term.unit === 'year' ? term.count * 12 : term.count
  return addDays(addMonthsToDay(effectiveDate, months), -1)
}

const VERB = '(?:开始)?(施行|试行|暂行|执行|实施|生效)'
const START_ON_DATE = new RegExp(`[自从于]?${DATE_SOURCE}起?${VERB}`, 'g')
const START_ON_EVENT = new RegExp(
  `自(印发|公布|发布|颁布|签发|下发|发文|即日)(?:之日)?起(?:${COUNT_SOURCE}(?:日|天)(?:以?后))?${VERB}`,
  'g',
)
const UNTIL = new RegExp(`有效期[为截止至到]{0,3}${DATE_SOURCE}`, 'g')
// No 〇 in the count: "有效期二〇二七年…" is a date, not a term of 2027 years.
const LENGTH = /(?:有效期|试行期|暂行期)[为是]?(?:自[^，。；]{1,6}之日起(?:计算)?，?)?(\d{1,2}|[一二两三四五六七八九十]{1,3})(年|个月)/g
const SENTENCE_END = /[。；！？!?]/
const PHRASE_END = /[。；！？!?，、：]/
const ARTICLE = /^第[一二三四五六七八九十百零〇\d]+条/

const ISSUED = new Set(['印发', '签发', '下发', '发文', '即日'])

type Found = { kind: 'onDate' | 'onEvent' | 'until' | 'length'; start: number; end: number; groups: string[] }

function findAll(kind: Found['kind'], re: RegExp, text: string, from = 0, to = text.length): Found[] {
  const slice = text.slice(from, to)
  return [...slice.matchAll(re)].map((m) => ({
    kind,
    start: from + m.index,
    end: from + m.index + m[0].length,
    groups: m.slice(1).map((g) => g ?? ''),
  }))
}

const dateOf = (m: Found): string | null => readDate(m.groups[0] ?? '', m.groups[1] ?? '', m.groups[2] ?? '')

function sentenceStart(text: string, i: number, boundary = SENTENCE_END): number {
  let s = i
  while (s > 0 && !boundary.test(text[s - 1] as string)) s--
  return s
}

function sentenceEnd(text: string, i: number): number {
  let e = i
  while (e < text.length && !SENTENCE_END.test(text[e] as string)) e++
  return e
}

const validDay = (value: string | null | undefined): string | null => (isCalendarDate(value) ? value : null)

/** The validity clause found in `text`, or null when there is none. */
export function parseValidityClause(text: string, context: ClauseContext = {}): ValidityClause | null {
  const folded = foldText(text)
  const t = folded.text
  const starts = [...findAll('onDate', START_ON_DATE, t).filter(dateOf), ...findAll('onEvent', START_ON_EVENT, t)]
  starts.sort((a, b) => a.start - b.start)
  // The document's own clause says 本规定/本办法… (best in the same phrase, else in the
  // same sentence); another date may belong to a document it cites.
  const subject = (m: Found, boundary: RegExp) => t.slice(sentenceStart(t, m.start, boundary), m.start).includes('本')
  const start =
    starts.filter((m) => subject(m, PHRASE_END)).at(-1) ?? starts.filter((m) => subject(m, SENTENCE_END)).at(-1) ?? starts.at(-1)

  const regionFrom = start ? sentenceStart(t, start.start) : 0
  // The term is stated in the same sentence or soon after ("…起施行。原《…》同时废止。有效期2年。").
  const regionTo = start ? sentenceEnd(t, sentenceEnd(t, sentenceEnd(t, start.end) + 1) + 1) : t.length
  const until = findAll('until', UNTIL, t, regionFrom, regionTo).filter(dateOf)
  const lengths = findAll('length', LENGTH, t, regionFrom, regionTo).filter((m) => !until.some((u) => m.start < u.end && u.start < m.end))
  // Without a start, the last mention is the likeliest to be the clause at the end.
  const end = start ? (until[0] ?? lengths[0]) : (until.at(-1) ?? lengths.at(-1))
  if (!start && !end) return null

  const clause: Omit<ValidityClause, 'matchedText'> = {}
  if (start) readStart(start, clause, context)
  if (end?.kind === 'until') {
    clause.expiresOn = dateOf(end) as string
  } else if (end) {
    clause.term = { count: readNumber(end.groups[0] ?? '') ?? 0, unit: end.groups[1] === '年' ? 'year' : 'month' }
    const first = clause.effectiveDate ?? validDay(context.effectiveDate)
    if (first) clause.expiresOn = lastDayOfTerm(first, clause.term)
  }

  const pieces = [start, end].filter((m): m is Found => m !== undefined)
  const from = Math.min(...pieces.map((m) => m.start))
  const to = Math.max(...pieces.map((m) => m.end))
  // From the sentence's subject (本办法…), leaving out an article number before it.
  let sentenceFrom = Math.max(sentenceStart(t, from), from - 30)
  sentenceFrom += ARTICLE.exec(t.slice(sentenceFrom, from))?.[0].length ?? 0
  const provisional = /试行|暂行/.exec(t.slice(sentenceFrom, sentenceEnd(t, to)))?.[0]
  if (provisional === '试行' || provisional === '暂行') clause.provisional = provisional
  return { ...clause, matchedText: originalSlice(text, folded, sentenceFrom, to) }
}

function readStart(m: Found, clause: Omit<ValidityClause, 'matchedText'>, context: ClauseContext): void {
  if (m.kind === 'onDate') {
    clause.effectiveFrom = { basis: 'date' }
    clause.effectiveDate = dateOf(m) as string
    return
  }
  const basis = ISSUED.has(m.groups[0] ?? '') ? 'issued' : 'published'
  // "自发布之日起30日后施行" is read as the day 30 days after publication (1 July → 31 July):
  // the day of publication is not counted (民法典 第二百零一条). Offices that read it as the
  // day after the 30 days should correct the 施行日期 by hand.
  const daysAfter = m.groups[1] ? (readNumber(m.groups[1]) ?? 0) : 0
  clause.effectiveFrom = { basis, daysAfter }
  const field = basis === 'issued' ? 'writtenDate' : 'publishedDate'
  const base = validDay(context[field])
  if (base) clause.effectiveDate = addDays(base, daysAfter)
  else clause.needs = field
}
