import { validityStatuses, validityStatusLabels } from '../../../core/documents/validity'
import { contentTypeLabels } from '../../lib/contentTypes'
import type { FilterCounts, FilterSelection } from './pagefindApi'
import { searchFilters } from '../../../core/search/filterNames'

// Statuses in the order a document goes through them, types documents first: not collation order.
const statusOrder: string[] = validityStatuses.map((status) => validityStatusLabels[status])
const typeOrder: string[] = Object.values(contentTypeLabels)
const inOrder = (order: string[]) => (a: string, b: string) => order.indexOf(a) - order.indexOf(b)

const orders: Record<string, (a: string, b: string) => number> = {
  [searchFilters.year]: (a, b) => b.localeCompare(a),
  [searchFilters.status]: inOrder(statusOrder),
  [searchFilters.type]: inOrder(typeOrder),
}
const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

/**
 * Fills each `<select data-filter="…">` with the values Pagefind knows, with their
 * counts; years newest first, statuses in their life order, types documents first,
 * names in Chinese collation order.
 */
export function fillFilterSelects(selects: HTMLSelectElement[], counts: FilterCounts, selected: FilterSelection): void {
  for (const select of selects) {
    const name = select.dataset.filter ?? ''
    const values = Object.entries(counts[name] ?? {})
    values.sort(([a], [b]) => (orders[name] ?? byName)(a, b))
    for (const [value, count] of values) {
      select.append(new Option(`${value}（${count}）`, value))
    }
    select.value = selected[name] ?? ''
    // A shared address may name a value this index lacks; the select then shows 全部.
    if (select.value !== (selected[name] ?? '')) select.value = ''
  }
}

export function selectedFilters(selects: HTMLSelectElement[]): FilterSelection {
  const filters: FilterSelection = {}
  for (const select of selects) {
    const name = select.dataset.filter
    if (name && select.value) filters[name] = select.value
  }
  return filters
}
