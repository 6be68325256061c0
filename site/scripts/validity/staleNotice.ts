/**
 * Runs on catalogue pages: shows the "status has changed since" notice once the day of the
 * next status change has come in the gazette's time zone, i.e. the catalogue is out of date.
 */
import { isCalendarDate, toCalendarDate } from '../../../core/calendar/calendarDate'

export function revealStaleNotice(doc: Document, now: Date = new Date()): void {
  for (const notice of doc.querySelectorAll<HTMLElement>('[data-status-changes-on]')) {
    const changesOn = notice.dataset.statusChangesOn
    try {
      if (isCalendarDate(changesOn) && toCalendarDate(now, notice.dataset.timeZone) >= changesOn) notice.hidden = false
    } catch {
      // An unknown time zone: keep the notice hidden; the 截至 date still stands.
    }
  }
}
