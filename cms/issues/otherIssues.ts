/**
 * Every other gazette issue, for the rules that look across issues (numbering, an
 * entry in one issue only).
 */
import type { PayloadRequest } from 'payload'

import type { IssueKey } from '../../core/issues/issueLabel'
import { entryKey, issueEntryRefs } from './issueEntryRefs'

export type OtherIssues = {
  /** Every other issue as last saved (drafts included): numbers are taken by drafts too. */
  keys: IssueKey[]
  /** Which issue holds each entry, by entry key. */
  holders: Map<string, IssueKey>
  /** Running numbers of the other issues that are published. */
  publishedTotals: Set<number>
}

/**
 * Read once per save by the save hook (hooks/saveIssue.ts), which hands the result to
 * both the rules of every save and publication: nothing is written in between.
 */
export async function otherIssues(req: PayloadRequest, exceptId: number | string | undefined): Promise<OtherIssues> {
  const found = await req.payload.find({
    collection: 'gazette-issues',
    where: exceptId === undefined ? {} : { id: { not_equals: exceptId } },
    pagination: false,
    depth: 0,
    // The latest version of each: a draft saved over an issue is what its editor sees.
    draft: true,
    overrideAccess: true,
    req,
  })
  const published = await req.payload.find({
    collection: 'gazette-issues',
    where: { and: [{ _status: { equals: 'published' } }, ...(exceptId === undefined ? [] : [{ id: { not_equals: exceptId } }])] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
    select: { totalNumber: true },
  })
  const keys: IssueKey[] = []
  const holders = new Map<string, IssueKey>()
  for (const issue of found.docs) {
    if (typeof issue.year !== 'number' || typeof issue.issueNumber !== 'number' || typeof issue.totalNumber !== 'number') continue
    const key = { year: issue.year, issueNumber: issue.issueNumber, totalNumber: issue.totalNumber }
    keys.push(key)
    for (const ref of issueEntryRefs(issue.sections)) holders.set(entryKey(ref), key)
  }
  return { keys, holders, publishedTotals: new Set(published.docs.map((issue) => issue.totalNumber)) }
}
