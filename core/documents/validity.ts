/**
 * 有效性: the status of a document on a given day. Status is computed from dated records
 * (施行日期, 有效期至, 废止日期 and the amendments, repeals and replacements made by other
 * documents), never stored, so a page built today and read next year can recompute it.
 *
 * All days are calendar days 'YYYY-MM-DD'; they compare correctly as strings.
 * Malformed days throw a RangeError with a Chinese message, like calendarDate.ts.
 */
import { addDays } from '../calendar/calendarArithmetic'
import { isCalendarDate } from '../calendar/calendarDate'

/** A closed list: every status a document can have on a day. */
export const validityStatuses = ['not-yet-in-force', 'in-force', 'amended', 'repealed', 'expired'] as const

export type ValidityStatus = (typeof validityStatuses)[number]

export const validityStatusLabels: Record<ValidityStatus, string> = {
  'not-yet-in-force': '尚未施行',
  'in-force': '有效',
  amended: '已修改',
  repealed: '已废止',
  expired: '已失效',
}

/** Something another document did to this one, on a day (see documentRelations.ts). */
export type ValidityEvent = {
  kind: 'amended' | 'repealed' | 'replaced'
  /** The id of the amending, repealing or replacing document. */
  by: string
  /** The day the amendment, repeal or replacement takes effect. */
  date: string
}

export type ValidityFacts = {
  /** 成文日期 */
  writtenDate?: string | null
  /** 发布日期 */
  publishedDate?: string | null
  /** 施行日期 */
  effectiveDate?: string | null
  /** 有效期至: the last day the document is in force. */
  expiresOn?: string | null
  /** 废止日期, when given explicitly. */
  repealedOn?: string | null
  /** What other documents did to this one. */
  events?: readonly ValidityEvent[] | null
}

/** One change of status: from `date` on, the document is `status`. */
export type StatusChange = { date: string; status: ValidityStatus }

function day(value: string | null | undefined, what: string): string | null {
  if (value === null || value === undefined || value === '') return null
  if (!isCalendarDate(value)) throw new RangeError(`${what}“${String(value)}”无效，应为真实存在的 YYYY-MM-DD`)
  return value
}

function earliest(days: readonly string[]): string | null {
  return days.length === 0 ? null : days.reduce((a, b) => (b < a ? b : a))
}

function eventDays(doc: ValidityFacts, kinds: readonly ValidityEvent['kind'][]): string[] {
  return (doc.events ?? []).filter((e) => kinds.includes(e.kind)).map((e) => day(e.date, '关系日期') as string)
}

/**
 * The first day the document is in force. Without a 施行日期 a document is in force from
 * its 发布日期 (a notice that says nothing else applies once it is made public), and
 * failing that from its 成文日期. With none of the three there is nothing to wait for:
 * null, and the document counts as in force on any day.
 */
export function inForceFrom(doc: ValidityFacts): string | null {
  return day(doc.effectiveDate, '施行日期') ?? day(doc.publishedDate, '发布日期') ?? day(doc.writtenDate, '成文日期')
}

/**
 * The day the document stops being in force by repeal. An explicit 废止日期 wins over the
 * relations: a repealing decision is often dated before the day its repeal takes effect,
 * and the field is where the editor records that day. Otherwise the earliest repeal or
 * replacement by another document.
 */
export function repealDate(doc: ValidityFacts): string | null {
  return day(doc.repealedOn, '废止日期') ?? earliest(eventDays(doc, ['repealed', 'replaced']))
}

type Facts = { from: string | null; repealed: string | null; expires: string | null; amended: string | null }

function readFacts(doc: ValidityFacts): Facts {
  return {
    from: inForceFrom(doc),
    repealed: repealDate(doc),
    expires: day(doc.expiresOn, '有效期至'),
    amended: earliest(eventDays(doc, ['amended'])),
  }
}

// `on` may be '' to mean "before every day", which is how the timeline asks for the first status.
function statusOn(f: Facts, on: string): ValidityStatus {
  // A repeal ends the document even if it never took effect, so it is checked first.
  if (f.repealed !== null && f.repealed <= on) return 'repealed'
  if (f.from !== null && on < f.from) return 'not-yet-in-force'
  // 有效期至 is the last day in force; the document expires the day after.
  if (f.expires !== null && f.expires < on) return 'expired'
  if (f.amended !== null && f.amended <= on) return 'amended'
  return 'in-force'
}

// The only days on which statusOn can give a different answer than the day before.
function changeDays(f: Facts): string[] {
  const days = [f.from, f.repealed, f.amended, f.expires === null ? null : addDays(f.expires, 1)]
  return [...new Set(days.filter((d): d is string => d !== null))].sort()
}

/** The status of the document on `date`. Precedence: 已废止, then 尚未施行, 已失效, 已修改, 有效. */
export function validityStatus(doc: ValidityFacts, date: string): ValidityStatus {
  return statusOn(readFacts(doc), queryDay(date))
}

function queryDay(date: string): string {
  if (!isCalendarDate(date)) throw new RangeError(`查询日期“${String(date)}”无效，应为真实存在的 YYYY-MM-DD`)
  return date
}

/** The first day after `date` on which the status differs from the status on `date`, or null. */
export function nextStatusChange(doc: ValidityFacts, date: string): string | null {
  const on = queryDay(date)
  const f = readFacts(doc)
  const now = statusOn(f, on)
  return changeDays(f).find((d) => d > on && statusOn(f, d) !== now) ?? null
}

/**
 * Every change of status, in order. Before the first change the document is 尚未施行 when
 * it has a day it takes effect, and 有效 otherwise.
 */
export function statusTimeline(doc: ValidityFacts): StatusChange[] {
  const f = readFacts(doc)
  const changes: StatusChange[] = []
  let previous = statusOn(f, '')
  for (const d of changeDays(f)) {
    const status = statusOn(f, d)
    if (status !== previous) changes.push({ date: d, status })
    previous = status
  }
  return changes
}
