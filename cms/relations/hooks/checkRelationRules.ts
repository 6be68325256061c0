import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { toCalendarDate } from '../../../core/calendar/calendarDate'
import type { DocumentRelation } from '../../../core/relations/documentRelations'
import { type CheckedDocument, checkRelations } from '../../../core/relations/relationChecks'
import { label } from '../../fields/label'
import type { DocumentRelation as RelationRecord } from '../../payload-types'
import { gazetteTimeZone } from '../../../core/settings'

const relationCodes = new Set(['selfRelation', 'relationCycle', 'duplicateRelation', 'repealBeforeEffective', 'invalidRelationDate'])

type Ref = number | string | { id: number | string }
const idOf = (value: Ref): string => String(typeof value === 'object' ? value.id : value)

/**
 * A relation must not point at its own document, repeat one already entered, close a
 * loop of repeals and replacements, or repeal a document before it took effect.
 * Checked with all relations on the database, so a loop across several is caught.
 */
export const checkRelationRules: CollectionBeforeChangeHook<RelationRecord> = async ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  if (!merged.from || !merged.to || !merged.date || !merged.kind) return data
  const timeZone = gazetteTimeZone()
  const day = (value: unknown) => (typeof value === 'string' && value ? toCalendarDate(value, timeZone) : null)
  const candidate: DocumentRelation = { kind: merged.kind, from: idOf(merged.from), to: idOf(merged.to), date: day(merged.date) ?? '' }

  const existing = await req.payload.find({
    collection: 'document-relations',
    where: originalDoc?.id !== undefined ? { id: { not_equals: originalDoc.id } } : {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const others: DocumentRelation[] = existing.docs.map((r) => ({
    kind: r.kind,
    from: idOf(r.from),
    to: idOf(r.to),
    date: day(r.date) ?? '',
  }))

  const involved = [...new Set([candidate.from, candidate.to])]
  const documents = await req.payload.find({
    collection: 'documents',
    where: { id: { in: involved } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const checked: CheckedDocument[] = documents.docs.map((d) => ({
    id: String(d.id),
    title: d.title,
    writtenDate: day(d.writtenDate),
    publishedDate: day(d.publishedDate),
    effectiveDate: day(d.effectiveDate),
    expiresOn: day(d.expiresOn),
    repealedOn: day(d.repealedOn),
  }))

  const issues = checkRelations(checked, [...others, candidate]).filter(
    (issue) => relationCodes.has(issue.code) && issue.relations.includes(candidate),
  )
  if (issues.length === 0) return data
  throw new ValidationError(
    {
      collection: 'document-relations',
      errors: issues.map((issue) => ({
        path: issue.code === 'selfRelation' ? 'to' : 'date',
        label: label('文件关系', 'Relation'),
        message: issue.message,
      })),
      req,
    },
    req.t,
  )
}
