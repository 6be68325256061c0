import type { NumberParts } from './parts'
import { numberFilters } from '../../../core/search/filterNames'

/** Which of a document's numbers an entry is, as labelled on the document page. */
export type NumberField = '发文字号' | '统一编号'

/** The Pagefind filter each field's value is indexed under on the document page. */
export const numberFilterName = { 发文字号: numberFilters.docNumber, 统一编号: numberFilters.unifiedNumber } as const satisfies Record<
  NumberField,
  string
>

/** One addressable number of one document; also the record of the exact-lookup files. */
export interface NumberEntry {
  /** As printed on the document page: the strict 发文字号 or the canonical 统一编号. */
  number: string
  field: NumberField
  parts: NumberParts
  id: string
  title: string
  url: string
  publishedDate: string
  issuers: string
}

/** Checks what a lookup file holds before the search page trusts it. */
export function isNumberEntry(value: unknown): value is NumberEntry {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  const strings = ['number', 'id', 'title', 'url', 'publishedDate', 'issuers'] as const
  return (
    strings.every((key) => typeof entry[key] === 'string') &&
    (entry.field === '发文字号' || entry.field === '统一编号') &&
    isParts(entry.parts)
  )
}

function isParts(value: unknown): value is NumberParts {
  if (typeof value !== 'object' || value === null) return false
  const parts = value as Record<string, unknown>
  return (parts.shape === 'standard' || parts.shape === 'order') && typeof parts.serial === 'number'
}
