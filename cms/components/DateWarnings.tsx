'use client'
/**
 * Warnings about a document's dates that do not block saving (施行前刊登: a rule or
 * normative document taking effect before it is published), computed from the form as
 * the editor types, with the same rules the server applies (checkDateRules).
 */
import { useFormFields } from '@payloadcms/ui'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { checkDateRules } from '../../core/documents/documentDates'
import { messages } from '../../core/messages'

function day(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null
  try {
    return toCalendarDate(value)
  } catch {
    return null
  }
}

export function DateWarnings() {
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const published = useFormFields(([fields]) => fields.publishedDate?.value)
  const effective = useFormFields(([fields]) => fields.effectiveDate?.value)
  const warnings = checkDateRules({
    kind: typeof kind === 'string' ? kind : null,
    publishedDate: day(published),
    effectiveDate: day(effective),
  }).filter((issue) => issue.severity === 'warning')
  if (warnings.length === 0) return null
  return (
    <div className="field-type date-warnings" role="status" style={{ marginBottom: '1.5rem', color: 'var(--theme-warning-650, #b35900)' }}>
      {warnings.map((issue) => (
        <p key={issue.code}>⚠ {messages.dateRules[issue.code]}</p>
      ))}
    </div>
  )
}
