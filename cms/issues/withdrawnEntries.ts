/**
 * Documents withdrawn after their issue was published. The issue has gone out in print, so
 * such a document stays listed (the site marks it 已撤回 and its address keeps a
 * withdrawal notice), but the print PDF that still prints it is held back
 * (cms/issues/issuePdfWithheld.ts) until the issue is published again with a corrected
 * edition (勘误版): an uploaded PDF whose pages no longer print it. Interpretations have no
 * withdrawal notice: one no longer public leaves the issue's contents altogether.
 */
import type { GazetteIssue } from '../payload-types'
import { entryKey, issueEntryRefs } from './issueEntryRefs'
import type { IssueItem } from './loadIssueItems'

export const isWithdrawnDocument = (item: IssueItem): boolean => item.ref.collection === 'documents' && item.withdrawn && !item.isPublic

/** The withdrawn documents that may stay listed: those the issue listed when it was published (`published`, if it is). */
export function withdrawnSincePublished(items: readonly IssueItem[], published: GazetteIssue | null): Set<IssueItem> {
  const listed = new Set(issueEntryRefs(published?.sections).map(entryKey))
  return new Set(items.filter((item) => isWithdrawnDocument(item) && listed.has(entryKey(item.ref))))
}

/** Why a generated print cannot keep one, and what to do instead. */
export function withdrawnInGeneratedPrint(title: string): string {
  return `《${title}》已撤回，系统不能再生成刊印它的印刷版：请将印刷版来源改为“上传”，上传不再刊印该文件的勘误版PDF（保留该篇目及页码），或将其从篇目中移除；并在“勘误”中说明后重新出版。`
}
