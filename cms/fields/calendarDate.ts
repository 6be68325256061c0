import type { DateField } from 'payload'

import type { DocumentDates } from '../../core/documents/documentDates'
import { label } from './label'

/**
 * A calendar-day field of a document (成文日期, 施行日期 …) with a day picker. The order
 * of the dates is checked for every save by the collection's enforceDocumentRules.
 */
export function documentDateField(options: {
  name: keyof DocumentDates
  zh: string
  en: string
  description: string
  required?: boolean
  /** Share of a row, e.g. '50%'. */
  width?: string
}): DateField {
  return {
    name: options.name,
    type: 'date',
    required: options.required ?? false,
    label: label(options.zh, options.en),
    admin: {
      description: options.description,
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
      ...(options.width ? { width: options.width } : {}),
    },
  }
}
