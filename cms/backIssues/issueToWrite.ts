/**
 * Which gazette issue a back issue becomes, decided before anything is written: its year
 * and 期号 (--year/--issue, else what the cover and contents say), its 总期号 (--total,
 * else the cover's 总第N期, else the issue already on record, else one step from the
 * issue before or after it), its 出版日期, and the issue already on record under that
 * year and number, which a re-import updates. The numbering rules of every save
 * (core/issues/issueNumbering.ts, against the other issues as the save hook reads them)
 * are checked here first, so that a clash is refused before any draft is written; an
 * issue already published is refused too, since an import never changes what went out.
 */
import { createLocalReq, type Payload } from 'payload'

import type { IssueMasthead } from '../../core/backIssues'
import { fromCalendarDate } from '../../core/calendar/calendarDate'
import type { IssueKey } from '../../core/issues/issueLabel'
import { issueNumberMessage, issueNumberProblems } from '../../core/issues/issueNumbering'
import { gazetteTimeZone } from '../../core/settings'
import { otherIssues, type OtherIssues } from '../issues/otherIssues'
import type { GazetteIssue } from '../payload-types'
import { backIssueMessages } from './backIssueMessages'
import { BackIssueRefusal } from './backIssueRefusal'

export type IssueNumberOverrides = { year?: number; issueNumber?: number; totalNumber?: number }

export type IssueToWrite = {
  key: IssueKey
  /** 出版日期 as the field stores it; null when neither the cover nor the issue on record has one. */
  publicationDate: string | null
  /** The issue on record under this year and 期号 (its latest draft), which the import updates. */
  existing: GazetteIssue | null
  /** Which other issue holds each item, by entry key: an item held elsewhere is not taken. */
  holders: OtherIssues['holders']
  notes: string[]
}

export async function issueToWrite(payload: Payload, masthead: IssueMasthead, overrides: IssueNumberOverrides): Promise<IssueToWrite> {
  const year = overrides.year ?? masthead.year
  const issueNumber = overrides.issueNumber ?? masthead.issueNumber
  if (!year || !issueNumber) throw new BackIssueRefusal(backIssueMessages.noIssueNumber)
  const found = await payload.find({
    collection: 'gazette-issues',
    where: { and: [{ year: { equals: year } }, { issueNumber: { equals: issueNumber } }] },
    limit: 1,
    depth: 0,
    draft: true,
  })
  const existing = found.docs[0] ?? null
  if (existing && (await isPublished(payload, existing.id)))
    throw new BackIssueRefusal(backIssueMessages.issuePublished({ year, issueNumber }))

  // The other issues exactly as the save hook will read them, so that both refuse alike.
  const others = await otherIssues(await createLocalReq({}, payload), existing?.id)
  const totalNumber =
    overrides.totalNumber ?? masthead.totalNumber ?? existing?.totalNumber ?? neighbourTotal({ year, issueNumber }, others.keys)
  if (!totalNumber) throw new BackIssueRefusal(backIssueMessages.noTotalNumber({ year, issueNumber }))
  const key = { year, issueNumber, totalNumber }
  const problems = issueNumberProblems(key, others.keys).map(issueNumberMessage)
  if (problems.length > 0) throw new BackIssueRefusal(backIssueMessages.numberRules(key, problems))

  const notes: string[] = []
  if (existing?.totalNumber && existing.totalNumber !== totalNumber)
    notes.push(backIssueMessages.totalChanged(existing.totalNumber, totalNumber))
  const publicationDate = masthead.publicationDate
    ? fromCalendarDate(masthead.publicationDate, gazetteTimeZone())
    : (existing?.publicationDate ?? null)
  if (!publicationDate) notes.push(backIssueMessages.noPublicationDate)
  return { key, publicationDate, existing, holders: others.holders, notes }
}

/**
 * The running total one step from a neighbour on record: the issue before it in the same
 * year (or the last of the year before, for a 第1期), or the one after it.
 */
function neighbourTotal(issue: { year: number; issueNumber: number }, others: readonly IssueKey[]): number | null {
  const before =
    others.find((other) => other.year === issue.year && other.issueNumber === issue.issueNumber - 1) ??
    (issue.issueNumber === 1
      ? others.filter((other) => other.year === issue.year - 1).sort((a, b) => b.issueNumber - a.issueNumber)[0]
      : undefined)
  if (before) return before.totalNumber + 1
  const after = others.find((other) => other.year === issue.year && other.issueNumber === issue.issueNumber + 1)
  return after && after.totalNumber > 1 ? after.totalNumber - 1 : null
}

/** Whether the issue has a published version: the collection's own record says so, not a draft saved over it. */
async function isPublished(payload: Payload, id: GazetteIssue['id']): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'gazette-issues',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}
