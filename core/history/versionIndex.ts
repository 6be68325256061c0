/**
 * The compact version index of a document for the static site (versionIndexSchema.ts), and
 * the date form's answer read from it in the browser: for /documents/<id>/?date=YYYY-MM-DD
 * the page loads the index and asks resolveVersionIndex which version to show. The answer
 * is versionOnDate's, as for the full history, so the page and the build agree.
 */
import { isCalendarDate } from '../calendar/calendarDate'
import { datedVersions } from './textOnDate'
import { changesByVersion } from './versionChanges'
import type { VersionHistory } from './versionHistory'
import type { VersionIndex } from './versionIndexSchema'
import { versionOnDate, type VersionOnDate } from './versionOnDate'

export function buildVersionIndex(history: VersionHistory): VersionIndex {
  const dated = datedVersions(history)
  const changes = changesByVersion(history)
  return {
    documentId: history.documentId,
    repealedOn: history.end.repealedOn,
    expiresOn: history.end.expiresOn,
    versions: history.versions.map((version, index) => ({
      number: index + 1,
      kind: version.kind,
      label: dated[index]?.label ?? '',
      title: version.title,
      promulgatedDate: version.promulgatedDate,
      effectiveDate: version.effectiveDate,
      amendedBy: version.amendedBy,
      changes: index === 0 ? null : (changes[index - 1]?.changes ?? null),
    })),
  }
}

/** The version of the indexed document in force on `date`. Throws RangeError on a malformed day. */
export function resolveVersionIndex(index: VersionIndex, date: string): VersionOnDate {
  return versionOnDate(index.versions, { repealedOn: index.repealedOn, expiresOn: index.expiresOn }, date)
}

/**
 * The day asked for in an address (?date=2022-05-01): a real day as YYYY-MM-DD, or null for
 * anything else (absent, 2022-02-30, 2022-5-1), which the page answers with the current text.
 */
export function queryDate(value: string | null | undefined): string | null {
  return isCalendarDate(value) ? value : null
}
