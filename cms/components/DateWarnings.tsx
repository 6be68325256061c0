'use client'
/**
 * Warnings about a document's dates that do not block saving (施行前刊登: a rule or
 * normative document taking effect before it is published), computed from the form as
 * the editor types, with the same rules the server applies (checkDateRules) and the
 * gazette's kinds, handed over by the field's clientProps (the browser reads no file).
 */
import { useFormFields } from '@payloadcms/ui'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { checkDateRules } from '../../core/documents/documentDates'
import type { DocumentKindDefinition } from '../../core/documents/documentKinds'
import { messages } from '../../core/messages'

function day(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null
  try {
    return toCalendarDate(value)
  } catch {
    return null
  }
}

export function DateWarnings({ kinds }: { kinds: readonly DocumentKindDefinition[] }) {
  const kind = useFormFields(([fields]) => fields.kind?.value)
  const published = useFormFields(([fields]) => fields.publishedDate?.value)
  const effective = useFormFields(([fields]) => fields.effectiveDate?.value)
  const warnings = checkDateRules(
    {
      kind: typeof kind === 'string' ? kind : null,
      publishedDate: day(published),
      effectiveDate: day(effective),
    },
    kinds,
  ).filter((issue) => issue.severity === 'warning')
  if (warnings.length === 0) return null
  return (
    <div className="field-type date-warnings" role="status" style={{ marginBottom: '1.5rem', color: 'var(--theme-warning-650, #b35900)' }}>
      {warnings.map((issue) => (
        <p key={issue.code}>⚠ {messages.dateRules[issue.code]}</p>
      ))}
    </div>
  )
}
