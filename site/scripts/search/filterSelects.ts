import { validityStatuses, validityStatusLabels } from '../../../cms/domain/validity'
import type { FilterCounts, FilterSelection } from './pagefindApi'

// Statuses in the order a document goes through them, not in collation order.
const statusOrder: string[] = validityStatuses.map((status) => validityStatusLabels[status])
const byStatus = (a: string, b: string) => statusOrder.indexOf(a) - statusOrder.indexOf(b)

/**
 * Fills each `<select data-filter="…">` with the values Pagefind knows, with their
 * counts; years newest first, statuses in their life order, names in Chinese collation order.
 */
export function fillFilterSelects(selects: HTMLSelectElement[], counts: FilterCounts, selected: FilterSelection): void {
  for (const select of selects) {
    const name = select.dataset.filter ?? ''
    const values = Object.entries(counts[name] ?? {})
    values.sort(([a], [b]) => (name === '年份' ? b.localeCompare(a) : name === '有效性' ? byStatus(a, b) : a.localeCompare(b, 'zh-CN')))
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
