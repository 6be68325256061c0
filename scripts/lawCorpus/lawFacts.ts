/**
 * What a law's history lines say about the text the file holds (its newest): when it was
 * adopted, published and put in force, who enacted it and under which order number.
 * Lines read `2017年12月26日 中华人民共和国国务院令第696号修订`, oldest first; a date the
 * lines do not give stays null, except the publication day, which falls back to the
 * date in the file's name (`食盐专营办法(2017-12-26).md`), LawRefBook's date of the version.
 */
import { isCalendarDate } from '../../core/calendar/calendarDate'
import { parseDocumentNumber } from '../../core/documents/documentNumber'
import { issuerNames } from './issuerNames'

export type LawEvent = { date: string; text: string }

export type LawFacts = {
  /** 成文日期: the newest adoption (通过, 修正, 修订, 批准) on or before publication; else the publication day. */
  writtenDate: string
  /** 发布日期: the newest dated event that is not a bare 施行 line, or the file name's date when later. */
  publishedDate: string
  /** 施行日期: the newest 施行 line on or after publication; null when the lines give none for this text. */
  effectiveDate: string | null
  /** The enacting bodies, from the first line that names one (a 批准 line only when no other does). */
  issuers: string[]
  /**
   * The newest order number the lines print (国务院令第696号), as printed: an earlier text's when the
   * lines stop short of the file's own (工伤保险条例 of 2010 lists only 2003's 第375号).
   */
  docNumberRaw: string | null
  /** Its strict form, or null when it is not a number the gazette's parser reads (主席令第三号). */
  docNumber: string | null
}

const DATED = /^[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日\s*(.*?)[）)]?$/u
// A line that only says when the text took effect (2021年11月1日 施行), not that anything was enacted.
const BARE_EFFECT = /^(?:自|起)?施行[。，.]?$/u
const ADOPTION = /通过|修正|修订|批准|审议/u
// An order number, its issuer starting at 中华人民共和国 or after a non-Han character (国务院令第696号, 海关总署、公安部令第7号).
const SERIAL = '第(?:[0-9]+|[一二三四五六七八九十百千零〇]+)号'
const ORDERS = [
  new RegExp(`中华人民共和国[\\p{Script=Han}、]{1,40}?令${SERIAL}`, 'u'),
  new RegExp(`(?<!\\p{Script=Han})[\\p{Script=Han}、]{2,40}?令${SERIAL}`, 'u'),
]
const JUDICIAL_BODIES = ['最高人民法院', '最高人民检察院']
const JUDICIAL = /法释[〔[（(]\d{4}[〕\]）)]\d+号/u

export function lawEvents(infoLines: readonly string[]): LawEvent[] {
  return infoLines.flatMap((line) => {
    const match = DATED.exec(line.trim())
    if (!match) return []
    const date = `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`
    return isCalendarDate(date) ? [{ date, text: (match[4] ?? '').trim() }] : []
  })
}

/** The facts, or null when neither the lines nor the file name give a day; `title` places 市人大常委会. */
export function lawFacts(infoLines: readonly string[], fileDate: string | null, title = ''): LawFacts | null {
  const events = lawEvents(infoLines)
  const acts = events.filter((event) => !BARE_EFFECT.test(event.text))
  const latest = (list: LawEvent[]) =>
    list.reduce<string | null>((max, event) => (max === null || event.date > max ? event.date : max), null)
  const fromLines = latest(acts)
  const publishedDate = [fromLines, fileDate].reduce<string | null>((max, day) => (day && (!max || day > max) ? day : max), null)
  if (!publishedDate) return null
  const effective = latest(events.filter((event) => /施行/.test(event.text)))
  const adopted = latest(acts.filter((event) => ADOPTION.test(event.text) && event.date <= publishedDate))
  const named = [...acts.filter((event) => !/批准/.test(event.text)), ...acts].map((event) => issuerNames(event.text, title))
  const first = named.find((names) => names.length > 0) ?? []
  // A joint interpretation is adopted by the court and the procuratorate each at its own meeting, on lines of their own.
  const courts = first.some((name) => JUDICIAL_BODIES.includes(name)) ? named.flat().filter((name) => JUDICIAL_BODIES.includes(name)) : []
  const issuers = [...new Set([...first, ...courts])]
  const numbered =
    [...events]
      .reverse()
      .map((event) => ORDERS.map((order) => order.exec(event.text)?.[0]).find(Boolean) ?? JUDICIAL.exec(event.text)?.[0])
      .find(Boolean) ?? null
  const parsed = numbered ? parseDocumentNumber(numbered) : null
  return {
    writtenDate: adopted ?? publishedDate,
    publishedDate,
    effectiveDate: effective && effective >= publishedDate ? effective : null,
    issuers,
    docNumberRaw: numbered,
    docNumber: parsed?.ok ? parsed.strict : null,
  }
}

// A paragraph that is nothing but a number, as the text of an interpretation prints its own under the title.
const NUMBER_PARAGRAPH = /^(?:\p{Script=Han}{1,10}〔\d{4}〕\d+号|\p{Script=Han}{2,30}令第\d+号)$/u

/** The number a text prints as a paragraph of its own near its start (法释〔2024〕1号), or null. */
export function bodyNumber(body: string): { docNumberRaw: string; docNumber: string | null } | null {
  const raw = body
    .split(/\n\s*\n/)
    .slice(0, 8)
    .map((paragraph) => paragraph.trim())
    .find((paragraph) => NUMBER_PARAGRAPH.test(paragraph))
  if (!raw) return null
  const parsed = parseDocumentNumber(raw)
  return { docNumberRaw: raw, docNumber: parsed.ok ? parsed.strict : null }
}

/** The date in a LawRefBook file name, `名称(2017-12-26).md`, or null. */
export function fileNameDate(filePath: string): string | null {
  const match = /\((\d{4}-\d{2}-\d{2})\)\.md$/.exec(filePath)
  return match?.[1] && isCalendarDate(match[1]) ? match[1] : null
}
