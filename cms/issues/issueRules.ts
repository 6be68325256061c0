/**
 * Rules that hold for every save of an issue, drafts included: issue numbers and running
 * totals without gaps or duplicates, each document or interpretation in one issue only,
 * and page ranges (where stated) increasing and not overlapping. Pages are required only
 * when an issue is published (publishing/publishIssue.ts).
 */
import { type PayloadRequest, ValidationError, type ValidationFieldError } from 'payload'

import { entryMessage, entryProblems } from '../../core/issues/issueEntries'
import { issueNumberMessage, issueNumberProblems } from '../../core/issues/issueNumbering'
import { label } from '../fields/label'
import type { GazetteIssue } from '../payload-types'
import { entryKey, issueEntryRefs } from './issueEntryRefs'
import type { OtherIssues } from './otherIssues'

const numberFields = {
  'duplicate-number': 'issueNumber',
  'number-gap': 'issueNumber',
  'duplicate-total': 'totalNumber',
  'total-gap': 'totalNumber',
  'total-order': 'totalNumber',
} as const

const fieldLabels = {
  issueNumber: label('期号', 'Issue number'),
  totalNumber: label('总期号', 'Running number'),
  sections: label('栏目', 'Sections'),
}

/** Throws Payload's ValidationError naming every broken rule. */
export async function enforceIssueRules(save: {
  req: PayloadRequest
  data: Partial<GazetteIssue>
  originalDoc: GazetteIssue | undefined
  others: OtherIssues
}): Promise<void> {
  const { req, others } = save
  const merged: Partial<GazetteIssue> = { ...(save.originalDoc ?? {}), ...save.data }
  const errors: ValidationFieldError[] = []

  const { year, issueNumber, totalNumber } = merged
  if (typeof year === 'number' && typeof issueNumber === 'number' && typeof totalNumber === 'number') {
    for (const problem of issueNumberProblems({ year, issueNumber, totalNumber }, others.keys)) {
      const path = numberFields[problem.kind]
      errors.push({ path, label: fieldLabels[path], message: issueNumberMessage(problem) })
    }
  }

  const refs = issueEntryRefs(merged.sections)
  const titles = await entryTitles(req, refs)
  const entries = refs.map((ref) => ({
    key: entryKey(ref),
    title: titles.get(entryKey(ref)) ?? entryKey(ref),
    firstPage: ref.firstPage,
    lastPage: ref.lastPage,
  }))
  for (const problem of entryProblems(entries, others.holders, false)) {
    errors.push({ path: 'sections', label: fieldLabels.sections, message: entryMessage(problem) })
  }

  if (errors.length > 0) throw new ValidationError({ collection: 'gazette-issues', errors, req }, req.t)
}

/** Titles for the messages; staff see drafts, so titles are read without access checks. */
async function entryTitles(req: PayloadRequest, refs: ReturnType<typeof issueEntryRefs>) {
  const titles = new Map<string, string>()
  for (const collection of ['documents', 'interpretations'] as const) {
    const ids = refs.filter((ref) => ref.collection === collection).map((ref) => ref.id)
    if (ids.length === 0) continue
    const found = await req.payload.find({
      collection,
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
      select: { title: true },
    })
    for (const doc of found.docs) titles.set(entryKey({ collection, id: doc.id }), String(doc.title))
  }
  return titles
}
