import { validityStatuses, validityStatusLabels } from '../../../core/documents/validity'
import { contentTypeLabels } from '../../lib/contentTypes'
import type { FilterCounts, FilterSelection } from './pagefindApi'
import { searchFilters } from '../../../core/search/filterNames'

// Statuses in the order a document goes through them, types documents first: not collation order.
const statusOrder: string[] = validityStatuses.map((status) => validityStatusLabels[status])
const typeOrder: string[] = Object.values(contentTypeLabels)
// A value the order does not hold (a kind no longer configured) goes last, by name.
const inOrder = (order: string[]) => (a: string, b: string) => rank(order, a) - rank(order, b) || byName(a, b)
const rank = (order: string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length)
const byName = (a: string, b: string) => a.localeCompare(b, 'zh-CN')

const orders: Record<string, (a: string, b: string) => number> = {
  [searchFilters.year]: (a, b) => b.localeCompare(a),
  [searchFilters.status]: inOrder(statusOrder),
  [searchFilters.type]: inOrder(typeOrder),
}

/** The order a page gives a select (data-order, a JSON list of values), as the 文种 select has the gazette's. */
function pageOrder(select: HTMLSelectElement): ((a: string, b: string) => number) | undefined {
  try {
    const order: unknown = JSON.parse(select.dataset.order ?? 'null')
    return Array.isArray(order) ? inOrder(order.filter((value): value is string => typeof value === 'string')) : undefined
  } catch {
    return undefined
  }
}

/**
 * Fills each `<select data-filter="…">` with the values Pagefind knows, with their
 * counts; years newest first, statuses in their life order, types documents first, kinds
 * in the gazette's order, names in Chinese collation order.
 */
export function fillFilterSelects(selects: HTMLSelectElement[], counts: FilterCounts, selected: FilterSelection): void {
  for (const select of selects) {
    const name = select.dataset.filter ?? ''
    const values = Object.entries(counts[name] ?? {})
    const order = pageOrder(select) ?? orders[name] ?? byName
    values.sort(([a], [b]) => order(a, b))
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
