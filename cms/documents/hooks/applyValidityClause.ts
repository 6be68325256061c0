import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { fromCalendarDate, toCalendarDate } from '../../../core/calendar/calendarDate'
import { parseValidityClause } from '../../../core/documents/validityClause'
import { label } from '../../fields/label'
import { messages } from '../../../core/messages'
import type { Document } from '../../payload-types'
import { plainTextFromLexical } from '../../../core/snapshot/plainText'
import { gazetteTimeZone } from '../../../core/settings'

/**
 * When the editor ticks 从正文读取施行日期和有效期, the clause at the end of the body
 * ("本规定自2022年7月1日起施行，有效期5年") fills 施行日期 and 有效期至 where they are
 * still empty. Dates already entered are never overwritten.
 */
export const applyValidityClause: CollectionBeforeValidateHook<Document> = ({ data, originalDoc, req }) => {
  if (!data?.readValidityClause) return data
  const merged = { ...(originalDoc ?? {}), ...data }
  const timeZone = gazetteTimeZone()
  const day = (value: unknown) => (typeof value === 'string' && value ? toCalendarDate(value, timeZone) : undefined)
  const clause = parseValidityClause(plainTextFromLexical(merged.body), {
    writtenDate: day(merged.writtenDate),
    publishedDate: day(merged.publishedDate),
    effectiveDate: day(merged.effectiveDate),
  })
  if (!clause || (!clause.effectiveDate && !clause.expiresOn)) {
    throw new ValidationError(
      {
        collection: 'documents',
        errors: [
          {
            path: 'readValidityClause',
            label: label('读取有效期条款', 'Read the validity clause'),
            message: messages.validityClauseNotFound,
          },
        ],
        req,
      },
      req.t,
    )
  }
  const next: Partial<Document> = { ...data, readValidityClause: false }
  if (clause.effectiveDate && !merged.effectiveDate) next.effectiveDate = fromCalendarDate(clause.effectiveDate, timeZone)
  if (clause.expiresOn && !merged.expiresOn) next.expiresOn = fromCalendarDate(clause.expiresOn, timeZone)
  return next
}
