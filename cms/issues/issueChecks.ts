/** Warnings an editor sees on an issue: rules and normative documents printed after they took effect. */
import { configuredDocumentKinds } from '../../core/documents/documentKindsFile'
import { lateEntries, lateEntryMessage } from '../../core/issues/issueEntries'
import type { AssembledIssue } from './assembleIssue'

export function issueChecks(assembled: AssembledIssue): string[] {
  const { publicationDate } = assembled.printed
  if (!publicationDate) return []
  const printed = assembled.items.map((item) => ({ title: item.print.title, kind: item.kind, effectiveDate: item.effectiveDate }))
  return lateEntries(publicationDate, printed, configuredDocumentKinds()).map(
    (item) => `施行前刊登：${lateEntryMessage(item, publicationDate)}`,
  )
}
