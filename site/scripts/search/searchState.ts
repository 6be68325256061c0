import type { FilterSelection } from './pagefindApi'

/** Pagefind filter names (the Chinese the pages declare) and their short address keys. */
export const FILTER_PARAMS = { 类型: 'type', 年份: 'year', 发文机关: 'issuer', 文种: 'kind', 有效性: 'status' } as const

export type FilterName = keyof typeof FILTER_PARAMS

/** What a search is, as kept in the address bar so that it can be shared. */
export interface SearchState {
  query: string
  filters: FilterSelection
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search)
  const filters: FilterSelection = {}
  for (const [name, key] of Object.entries(FILTER_PARAMS)) {
    const value = params.get(key)
    if (value) filters[name] = value
  }
  return { query: (params.get('q') ?? '').trim(), filters }
}

/** '?q=…&year=…', or '' for the empty search. */
export function stateToSearch({ query, filters }: SearchState): string {
  const params = new URLSearchParams()
  if (query) params.set('q', query)
  for (const [name, key] of Object.entries(FILTER_PARAMS)) {
    const value = filters[name]
    if (value) params.set(key, value)
  }
  const search = params.toString()
  return search ? `?${search}` : ''
}

export function isEmpty({ query, filters }: SearchState): boolean {
  return query === '' && Object.keys(filters).length === 0
}
