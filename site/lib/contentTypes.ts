/**
 * Documents and interpretations share one search index; the 类型 filter tells them apart.
 * Every indexed page declares exactly one of these values.
 */
import { filterTag, searchFilters } from '../../core/search/filterNames'
export const TYPE_FILTER = searchFilters.type

export const contentTypeLabels = {
  document: '文件',
  interpretation: '政策解读',
} as const

export type ContentType = keyof typeof contentTypeLabels

/** The `data-pagefind-filter` value of a page of this type, e.g. 类型:政策解读. */
export function typeFilter(type: ContentType): string {
  return filterTag(TYPE_FILTER, contentTypeLabels[type])
}
