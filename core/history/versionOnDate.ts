/**
 * Which text of a document was in force on a day: the version in force, or why none was
 * (not yet in force, repealed, expired). One function for the full history (the CMS, the
 * build) and for the site's compact version index in the browser (?date=YYYY-MM-DD), so the
 * two cannot disagree.
 *
 * Boundaries: a version is in force from its 施行日期 inclusive, until the day before the
 * next version's 施行日期; the document is repealed from its 废止日期 inclusive and expired
 * from the day after its 有效期至. Precedence is the status model's (core/documents/validity.ts):
 * 已废止, then 尚未施行, then 已失效. Days compare as 'YYYY-MM-DD' strings: no Date, no time zone.
 */
import { addDays } from '../calendar/calendarArithmetic'
import { isCalendarDate } from '../calendar/calendarDate'
import type { DocumentEnd, VersionKind } from './versionHistory'

/** What the resolution needs of a version: its number, kind, name and 施行日期. */
export type DatedVersion = { number: number; kind: VersionKind; label: string; effectiveDate: string | null }

export type VersionRef = { number: number; label: string }

export type VersionOnDate =
  | {
      state: 'in-force'
      version: VersionRef
      /** Its 施行日期; null for a 原文 entered without one (in force from the start). */
      since: string | null
      /** The last day it is in force, when that is known: the day before the next version, 废止 or 有效期至. */
      until: string | null
      /** An amendment or revision has taken effect: the document is 已修改. */
      amended: boolean
      /** A later version already made and not yet in force (公布 but 施行 later). */
      upcoming: (VersionRef & { effectiveDate: string }) | null
    }
  | {
      state: 'not-yet-in-force'
      /** The first 施行日期; null when no version has one yet. */
      firstEffectiveDate: string | null
    }
  | {
      state: 'repealed'
      /** 废止日期: the first day no longer in force. */
      repealedOn: string
      /** The text in force the day before, if any was. */
      lastVersion: VersionRef | null
    }
  | {
      state: 'expired'
      /** 有效期至: the last day in force. */
      expiresOn: string
      /** The text in force on that last day, if any was. */
      lastVersion: VersionRef | null
    }

function checkedDay(value: string | null, what: string): string | null {
  if (value === null) return null
  if (!isCalendarDate(value)) throw new RangeError(`${what}“${String(value)}”无效，应为真实存在的 YYYY-MM-DD`)
  return value
}

type Timed = DatedVersion & { from: string }

/**
 * The versions that can be in force, ordered by 施行日期 and then by number, so that a 勘误
 * in force from the same day as the text it corrects comes after it. A 原文 without
 * 施行日期 is in force from the start (from ''), as validity.ts treats a document without
 * dates; a later version without one is not in force until it has one.
 */
function timeline(versions: readonly DatedVersion[]): Timed[] {
  const timed: Timed[] = []
  for (const version of versions) {
    const from = checkedDay(version.effectiveDate, `${version.label}的施行日期`)
    if (from !== null) timed.push({ ...version, from })
    else if (version.kind === 'original' && version.number === 1) timed.push({ ...version, from: '' })
  }
  return timed.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.number - b.number))
}

const ref = (version: DatedVersion): VersionRef => ({ number: version.number, label: version.label })

/** The version in force on `day` in an ordered timeline, ignoring the document's end. */
function inForceOn(times: readonly Timed[], day: string): Timed | null {
  return times.filter((version) => version.from <= day).at(-1) ?? null
}

/** The text of the document in force on `date`, given its versions and its end. Throws RangeError on a malformed day. */
export function versionOnDate(versions: readonly DatedVersion[], end: DocumentEnd, date: string): VersionOnDate {
  if (!isCalendarDate(date)) throw new RangeError(`查询日期“${String(date)}”无效，应为真实存在的 YYYY-MM-DD`)
  const times = timeline(versions)
  const repealedOn = checkedDay(end.repealedOn, '废止日期')
  const expiresOn = checkedDay(end.expiresOn, '有效期至')

  if (repealedOn !== null && repealedOn <= date) {
    const last = inForceOn(times, addDays(repealedOn, -1))
    return { state: 'repealed', repealedOn, lastVersion: last ? ref(last) : null }
  }
  const first = times[0]
  if (first === undefined || date < first.from) {
    return { state: 'not-yet-in-force', firstEffectiveDate: first?.from || null }
  }
  if (expiresOn !== null && expiresOn < date) {
    const last = inForceOn(times, expiresOn)
    return { state: 'expired', expiresOn, lastVersion: last ? ref(last) : null }
  }

  const current = inForceOn(times, date) as Timed
  // A later version only ever comes into force if the document has not ended by then.
  const ended = (day: string): boolean => (repealedOn !== null && repealedOn <= day) || (expiresOn !== null && expiresOn < day)
  const next = times.find((version) => version.from > date && !ended(version.from)) ?? null
  const stops = [next ? addDays(next.from, -1) : null, repealedOn ? addDays(repealedOn, -1) : null, expiresOn]
  const until = stops.filter((day): day is string => day !== null).reduce<string | null>((a, b) => (a === null || b < a ? b : a), null)
  return {
    state: 'in-force',
    version: ref(current),
    since: current.from || null,
    until,
    amended: times.some((version) => version.from <= date && (version.kind === 'amendment' || version.kind === 'revision')),
    upcoming: next ? { ...ref(next), effectiveDate: next.from } : null,
  }
}
