/**
 * The names of the search index's filters, in one place. A document or interpretation page
 * declares its values as data-pagefind-filter="<name>:<value>" (or a tagged element's
 * text), the search page offers one select per reader filter (data-filter="<name>") and
 * keeps the choice in the address under a short key (?year=2022), and the search code reads
 * results' filters by these names: a name written differently in one of them would make a
 * filter silently match nothing.
 */

/** The filters a reader chooses on the search page, by their address key. */
export const searchFilters = {
  type: '类型',
  year: '年份',
  issuer: '发文机关',
  kind: '文种',
  status: '有效性',
} as const

export type SearchFilterKey = keyof typeof searchFilters
export type SearchFilterName = (typeof searchFilters)[SearchFilterKey]

/** Filters with no select of their own: a document's numbers, so an exact number can be matched or left out. */
export const numberFilters = {
  docNumber: '文号',
  unifiedNumber: '统一编号',
} as const

/** A page's data-pagefind-filter value: 年份:2022. */
export function filterTag(name: string, value: string): string {
  return `${name}:${value}`
}
