/**
 * Runs on document pages: recomputes the status for today, in the gazette's time zone,
 * from the facts the page carries, with the same validity.ts the export used. A page
 * built months ago thus never shows a status that has since changed. On any doubt
 * (missing or malformed data, an unknown time zone) the build-day status stays, with
 * its 状态截至 note, which is still true.
 */
import { toCalendarDate } from '../../../core/calendar/calendarDate'
import { validityStatus, validityStatusLabels } from '../../../core/documents/validity'
import { readEmbeddedValidity, VALIDITY_DATA_ATTRIBUTE, VALIDITY_DATA_ID } from '../../lib/validity/embedded'
import { formatChineseDate } from '../../../core/display/chineseDate'

export function correctStatus(doc: Document, now: Date = new Date()): void {
  let today: string
  let status: ReturnType<typeof validityStatus>
  try {
    // A missing element or attribute gives '', which JSON.parse rejects: the catch keeps the build-day status.
    const json = doc.getElementById(VALIDITY_DATA_ID)?.getAttribute(VALIDITY_DATA_ATTRIBUTE) ?? ''
    const data = readEmbeddedValidity(JSON.parse(json))
    if (!data) return
    today = toCalendarDate(now, data.timeZone)
    status = validityStatus(data.facts, today)
  } catch {
    return
  }
  for (const badge of doc.querySelectorAll<HTMLElement>('[data-validity-badge]')) {
    badge.textContent = validityStatusLabels[status]
    badge.dataset.status = status
  }
  for (const note of doc.querySelectorAll<HTMLElement>('[data-validity-note]')) {
    note.textContent = `（状态截至今日，${formatChineseDate(today)}）`
  }
  // Timeline entries still ahead of today keep their 日期未到 mark; the others lose it.
  for (const entry of doc.querySelectorAll<HTMLElement>('[data-timeline-date]')) {
    const mark = entry.querySelector<HTMLElement>('[data-upcoming-mark]')
    if (mark) mark.hidden = (entry.dataset.timelineDate ?? '') <= today
  }
}
