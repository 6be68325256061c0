/**
 * Where each version of a document was printed (issue 22: a version is cited by its 公布日期
 * and the issue and pages that printed it). The issues list the document, not a version of
 * it: an issue printed the text that had been promulgated by its publication date, so each
 * printing belongs to the newest version promulgated on or before that day. A version no
 * issue of this gazette printed (one published before the gazette went online, or elsewhere)
 * has none; nothing is guessed from the amending document.
 */
import type { GazetteIssue } from '../../../core/snapshot/schema'
import { entriesOf, type Printed } from '../issues/issues'

type VersionDates = { number: number; promulgatedDate: string | null }

/** Each version's printings in this gazette, oldest issue first, by version number. */
export function versionPrintings(
  issues: readonly GazetteIssue[],
  documentId: string,
  versions: readonly VersionDates[],
): Map<number, Printed[]> {
  const result = new Map<number, Printed[]>(versions.map((version) => [version.number, []]))
  const printings = issues
    .flatMap((issue) =>
      entriesOf(issue).flatMap((entry) => (entry.kind === 'document' && entry.id === documentId ? [{ issue, entry }] : [])),
    )
    .sort((a, b) => a.issue.totalNumber - b.issue.totalNumber)
  for (const printed of printings) {
    const day = printed.issue.publicationDate
    const version = versions.filter((candidate) => candidate.promulgatedDate !== null && candidate.promulgatedDate <= day).at(-1)
    if (version) result.get(version.number)?.push(printed)
  }
  return result
}
