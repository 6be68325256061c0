/**
 * The 修改 relations of issue 4 (core/relations/documentRelations.ts) as a view of the version
 * history: each 修正 or 修订 made by a document of this gazette is that document amending this
 * one, on the version's 施行日期. Derived, never entered a second time. A 勘误 is no 修改,
 * and a version made by a document outside the gazette has no document to relate to.
 */
import { isCalendarDate } from '../calendar/calendarDate'
import type { DocumentRelation } from '../relations/documentRelations'
import type { VersionHistory } from './versionHistory'

export function amendmentRelations(history: VersionHistory): DocumentRelation[] {
  return history.versions.flatMap((version): DocumentRelation[] => {
    if (version.kind !== 'amendment' && version.kind !== 'revision') return []
    if (version.amendedBy?.type !== 'document' || !isCalendarDate(version.effectiveDate)) return []
    return [{ kind: 'amends', from: version.amendedBy.documentId, to: history.documentId, date: version.effectiveDate }]
  })
}
