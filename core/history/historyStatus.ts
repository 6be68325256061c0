/**
 * The document's status (尚未施行, 有效, 已修改, 已废止, 已失效) read from its version history,
 * so that 已修改 is a view of the versions and not a second truth. It answers as
 * core/documents/validity.ts does: test/unit/history/historyStatus.test.ts holds the two
 * together on documents with one version and on amended ones.
 */
import type { ValidityStatus } from '../documents/validity'
import { datedVersions } from './textOnDate'
import type { VersionHistory } from './versionHistory'
import { versionOnDate } from './versionOnDate'

/** The status on `date`. A 勘误 corrects the text but does not make the document 已修改. */
export function statusFromHistory(history: VersionHistory, date: string): ValidityStatus {
  const on = versionOnDate(datedVersions(history), history.end, date)
  if (on.state !== 'in-force') return on.state
  return on.amended ? 'amended' : 'in-force'
}
