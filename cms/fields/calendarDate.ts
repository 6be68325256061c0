import type { DateField } from 'payload'
import { date as validateDate } from 'payload/shared'

import { toCalendarDate } from '../domain/calendarDate'
import { checkDocumentDates, type DocumentDates } from '../domain/documentDates'
import { messages } from '../messages'
import { label } from './label'

type DateName = keyof DocumentDates

/** Reads the sibling dates as calendar days, whatever shape the admin or API sent. */
function siblingDates(siblingData: Record<string, unknown>, timeZone: string): DocumentDates {
  const names: DateName[] = ['writtenDate', 'publishedDate', 'effectiveDate', 'expiresOn', 'repealedOn']
  const dates: DocumentDates = {}
  for (const name of names) {
    const value = siblingData[name]
    if (typeof value !== 'string' && !(value instanceof Date)) continue
    try {
      dates[name] = toCalendarDate(value, timeZone)
    } catch {
      // A malformed date is reported by that field's own validation.
    }
  }
  return dates
}

/**
 * A calendar-day field of a document (成文日期, 施行日期 …): a day picker, Payload's own
 * date check, then the ordering rules of documentDates tied to this field.
 */
export function documentDateField(options: {
  name: DateName
  zh: string
  en: string
  description: string
  required?: boolean
  sidebar?: boolean
}): DateField {
  const timeZone = process.env.GAZETTE_TIMEZONE ?? 'Asia/Shanghai'
  return {
    name: options.name,
    type: 'date',
    required: options.required ?? false,
    label: label(options.zh, options.en),
    admin: {
      description: options.description,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
      ...(options.sidebar ? { position: 'sidebar' as const } : {}),
    },
    validate: async (value, args) => {
      const base = await validateDate(value, args)
      if (base !== true) return base
      const issues = checkDocumentDates(siblingDates(args.siblingData as Record<string, unknown>, timeZone))
      const mine = issues.find((issue) => issue.field === options.name)
      return mine ? messages.dateOrder[mine.code] : true
    },
  }
}
