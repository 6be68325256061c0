/**
 * The relations the public snapshot works from: those entered in 文件关系 (issue 4) and the
 * 修改 relations each document's version history implies (core/history/amendmentRelations.ts).
 * The history is the one truth for amendments: where an entered 修改 names the same two
 * documents as a version, the version's 施行日期 is kept and the entered record dropped, so
 * the status (已修改), both documents' relation lists and the version list cannot disagree.
 * Only relations between public documents are kept, as for entered ones.
 */
import { amendmentRelations } from '../history/amendmentRelations'
import type { VersionHistory } from '../history/versionHistory'
import type { DocumentRelation } from '../relations/documentRelations'

export function withHistoryRelations(
  entered: readonly DocumentRelation[],
  histories: readonly VersionHistory[],
  isPublic: (id: string) => boolean,
): DocumentRelation[] {
  const derived = histories.flatMap(amendmentRelations).filter((relation) => isPublic(relation.from) && isPublic(relation.to))
  const key = (relation: DocumentRelation) => `${relation.kind} ${relation.from} ${relation.to}`
  const fromHistory = new Set(derived.map(key))
  return [...entered.filter((relation) => !fromHistory.has(key(relation))), ...derived]
}
