import type { FilterSelection } from './pagefindApi'
import { searchFilters, type SearchFilterKey, type SearchFilterName } from '../../../core/search/filterNames'

/** Pagefind filter names (the Chinese the pages declare) and their short address keys. */
const FILTER_PARAMS = Object.fromEntries(Object.entries(searchFilters).map(([key, name]) => [name, key])) as Record<
  SearchFilterName,
  SearchFilterKey
>

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
