/**
 * The checks of publishing an issue that need no files: who may publish, whether every
 * entry may be published, the corrections rule, and the pages stated for each entry.
 * Each is a named step of publishIssue.ts, pure over what was read, and refuses by
 * throwing an IssueRefusal.
 */
import type { PayloadRequest } from 'payload'

import { toCalendarDate } from '../../../core/calendar/calendarDate'
import { correctionMessage, correctionProblems, type Correction, type PublishedState } from '../../../core/issues/issueCorrections'
import { entryMessage, entryProblems } from '../../../core/issues/issueEntries'
import { hasRole } from '../../access/roles'
import type { GazetteIssue } from '../../payload-types'
import type { AssembledIssue } from '../assembleIssue'
import { entryKey } from '../issueEntryRefs'
import type { IssueItem } from '../loadIssueItems'
import type { OtherIssues } from '../otherIssues'
import { printFingerprint } from '../printFingerprint'
import { withdrawnInGeneratedPrint, withdrawnSincePublished } from '../withdrawnEntries'
import { IssueRefusal, refuseIf } from './refusal'
import { itemPrintId, withItems, type StoredSections } from './storedEntries'
import { issueLabel } from '../../../core/issues/issueLabel'

/**
 * Publishing is for publishers and admins; a published issue is never unpublished (print
 * and web have gone out), though a draft may be saved over it (`draftSave`).
 */
export function checkPublishingRights(save: {
  user: PayloadRequest['user']
  publishing: boolean
  wasPublished: boolean
  draftSave: boolean
}): void {
  if (save.publishing && save.user && !hasRole(save.user, 'publisher', 'admin'))
    throw new IssueRefusal(['只有发布员或管理员可以出版公报。'])
  if (save.wasPublished && !save.publishing && !save.draftSave) {
    throw new IssueRefusal(['已出版的公报不能撤销发布：如有错误，请在“勘误”中说明并重新出版。'])
  }
}

/**
 * Every entry must exist and be a published, 主动公开 item, and every earlier issue be
 * published. A document withdrawn since `published` went out may stay listed, in an
 * uploaded corrected edition only: those are returned, for the print check.
 */
export function checkEntriesPublishable(assembled: AssembledIssue, published: GazetteIssue | null, others: OtherIssues): Set<IssueItem> {
  const { printed } = assembled
  const problems = assembled.missing.map(
    (key) => `本期编入的一篇${key.startsWith('documents') ? '文件' : '解读'}已被删除，请从篇目中移除。`,
  )
  if (printed.sections.every((section) => section.entries.length === 0)) problems.push('本期还没有篇目：请至少编入一篇文件或解读。')
  const keptWithdrawn = withdrawnSincePublished(assembled.items, published)
  for (const item of assembled.items.filter((candidate) => !candidate.isPublic)) {
    if (!keptWithdrawn.has(item)) problems.push(`《${item.print.title}》尚未发布或不是主动公开，不能编入出版的公报。`)
    else if (printed.source === 'generated') problems.push(withdrawnInGeneratedPrint(item.print.title))
  }
  const earlier = others.keys.filter((other) => other.totalNumber < printed.totalNumber && !others.publishedTotals.has(other.totalNumber))
  for (const other of earlier) problems.push(`总第${other.totalNumber}期（${issueLabel(other)}）尚未出版：请按顺序出版。`)
  refuseIf(problems)
  return keptWithdrawn
}

export type RecordedCorrections = { fingerprint: string; corrections: Correction[] }

/**
 * A republished issue whose contents changed needs a new correction, and recorded
 * corrections stay as they are. Checked before anything is printed, so a refusal prints nothing.
 */
export function checkCorrections(
  record: Partial<GazetteIssue>,
  assembled: AssembledIssue,
  published: GazetteIssue | null,
  settings: { timeZone: string; gazetteName: string },
): RecordedCorrections {
  const corrections = (record.corrections ?? []).map((row): Correction => ({
    date: row.date ? toCalendarDate(row.date, settings.timeZone) : '',
    text: String(row.text ?? '').trim(),
  }))
  if (corrections.some((correction) => correction.text === ''))
    throw new IssueRefusal(['勘误内容不能为空：请写明更正了什么。'], 'corrections')
  const fingerprint = printFingerprint(assembled.printed, settings.gazetteName)
  const previous = (published?.publishedState ?? null) as PublishedState | null
  refuseIf(correctionProblems(previous, { fingerprint, corrections }).map(correctionMessage), 'corrections')
  return { fingerprint, corrections }
}

/** Every entry with pages, in increasing, non-overlapping order, and in no other issue. */
export function checkStatedPages(sections: StoredSections, assembled: AssembledIssue, others: OtherIssues): void {
  const stated = withItems(sections, assembled).map(({ entry, item }) => ({
    key: item ? entryKey(item.ref) : itemPrintId(entry.item),
    title: item?.print.title ?? '',
    firstPage: entry.firstPage ?? null,
    lastPage: entry.lastPage ?? null,
  }))
  refuseIf(entryProblems(stated, others.holders, true).map(entryMessage))
}
