/**
 * The text of a document as of a day, read from its full version history: the version in
 * force with its title and body, or why none is (versionOnDate.ts decides, for the history
 * and the site's version index alike).
 */
import { versionOnDate, type DatedVersion, type VersionOnDate } from './versionOnDate'
import type { DocumentVersion, VersionHistory } from './versionHistory'
import { versionNames } from './versionLabels'

/** Every version with its number (1-based) and name, as the resolution and the index use them. */
export function datedVersions(history: VersionHistory): DatedVersion[] {
  const names = versionNames(history.versions)
  return history.versions.map((version, index) => ({
    number: index + 1,
    kind: version.kind,
    label: names[index]?.label ?? '',
    effectiveDate: version.effectiveDate,
  }))
}

export type TextOnDate = {
  /** The state on the day, with the version's number and name. */
  on: VersionOnDate
  /** The version in force (its title and body), or null when none is. */
  version: DocumentVersion | null
}

/** The document as it stood on `date`. Throws RangeError on a malformed day. */
export function textOnDate(history: VersionHistory, date: string): TextOnDate {
  const on = versionOnDate(datedVersions(history), history.end, date)
  return { on, version: on.state === 'in-force' ? (history.versions[on.version.number - 1] ?? null) : null }
}
