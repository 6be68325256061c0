import { type CollectionBeforeChangeHook, ValidationError, type ValidationFieldError } from 'payload'

import { toCalendarDate } from '../../../core/calendar/calendarDate'
import { checkDateRules, checkDocumentDates, type DocumentDates } from '../../../core/documents/documentDates'
import { configuredDocumentKinds } from '../../../core/documents/documentKindsFile'
import { parseDocumentNumber } from '../../../core/documents/documentNumber'
import { parseUnifiedNumber } from '../../../core/documents/unifiedNumber'
import { label } from '../../fields/label'
import { messages } from '../../../core/messages'
import { unifiedNumberShapes } from '../../numbering/config'
import type { Document } from '../../payload-types'
import { gazetteTimeZone } from '../../../core/settings'

const dateNames = ['writtenDate', 'publishedDate', 'effectiveDate', 'expiresOn', 'repealedOn'] as const

/** Field names as the editor reads them in the error summary. */
const fieldLabels = {
  writtenDate: label('成文日期', 'Date written'),
  publishedDate: label('发布日期', 'Date published'),
  effectiveDate: label('施行日期', 'In force from'),
  expiresOn: label('有效期至', 'Valid until'),
  repealedOn: label('废止日期', 'Repealed on'),
  docNumberRaw: label('发文字号', 'Document number'),
  unifiedNumber: label('统一编号', 'Unified number'),
  title: label('标题', 'Title'),
  shortNoticeGround: label('提前施行的依据', 'Ground for taking effect early'),
}

/**
 * Rules that hold for every save, drafts included (Payload skips field validation on
 * drafts): a title, dates in order and the 施行日期 rules (checkDateRules; 有效期至 only
 * at publication), a document number that parses, and one not taken by another
 * document. Other missing fields are left to publication, when they are required.
 * Each refusal names the field's path, so that the API (errors[].data) says which field.
 */
export const enforceDocumentRules: CollectionBeforeChangeHook<Document> = async ({ data, originalDoc, req }) => {
  const merged: Partial<Document> = { ...(originalDoc ?? {}), ...data }
  const timeZone = gazetteTimeZone()
  const errors: ValidationFieldError[] = []
  if (typeof merged.title !== 'string' || merged.title.trim() === '') {
    errors.push({ path: 'title', label: fieldLabels.title, message: messages.titleRequired })
  }

  const dates: DocumentDates = {}
  for (const name of dateNames) {
    // A Local API caller may pass a Date object where the type says string.
    const value: unknown = merged[name]
    if (typeof value !== 'string' && !(value instanceof Date)) continue
    try {
      dates[name] = toCalendarDate(value, timeZone)
    } catch {
      // Payload's own date validation names a malformed date.
    }
  }
  for (const issue of checkDocumentDates(dates)) {
    errors.push({ path: issue.field, label: fieldLabels[issue.field], message: messages.dateOrder[issue.code] })
  }
  const dateRules = checkDateRules(
    {
      ...dates,
      kind: typeof merged.kind === 'string' ? merged.kind : null,
      effectiveDateReason: typeof merged.effectiveDateReason === 'string' ? merged.effectiveDateReason : null,
      shortNoticeGround: typeof merged.shortNoticeGround === 'string' ? merged.shortNoticeGround : null,
      // 有效期至 is demanded of a person publishing; imports and seeds of older documents keep theirs as found.
      publishing: data._status === 'published' && Boolean(req.user),
    },
    configuredDocumentKinds(),
  )
  // The 施行日期 rules bind the office's own work; documents loaded without a person (imports
  // of back issues, seeds) are kept as they were published, and show their warnings only.
  for (const issue of dateRules.filter((rule) => rule.severity === 'refusal' && req.user)) {
    errors.push({ path: issue.field, label: fieldLabels[issue.field], message: messages.dateRules[issue.code] })
  }

  const raw = merged.docNumberRaw
  if (typeof raw === 'string' && raw.trim() !== '') {
    const parsed = parseDocumentNumber(raw)
    if (!parsed.ok) {
      errors.push({ path: 'docNumberRaw', label: fieldLabels.docNumberRaw, message: parsed.reason })
    } else {
      const id = originalDoc?.id
      const clash = await req.payload.find({
        collection: 'documents',
        where: { and: [{ docNumber: { equals: parsed.strict } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])] },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req,
      })
      const other = clash.docs[0]
      if (other) {
        const message = messages.docNumberTaken(parsed.strict, String(other.title))
        errors.push({ path: 'docNumberRaw', label: fieldLabels.docNumberRaw, message })
      }
    }
  }

  const unified = merged.unifiedNumber
  if (typeof unified === 'string' && unified.trim() !== '') {
    const parsed = parseUnifiedNumber(unified, unifiedNumberShapes())
    if (!parsed.ok) errors.push({ path: 'unifiedNumber', label: fieldLabels.unifiedNumber, message: parsed.reason })
  }

  if (errors.length > 0) throw new ValidationError({ collection: 'documents', errors, req }, req.t)
  return data
}
