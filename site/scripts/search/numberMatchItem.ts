import { safeHref } from '../../../core/web/safeHref'
import type { NumberEntry } from '../../lib/numbers/entry'
import { formatChineseDate } from '../../../core/display/chineseDate'
import { DOCUMENTS_PATH } from '../../../core/addresses'

/** A document found by its exact number, as `<li class="search-result exact-match">`, listed first. */
export function numberMatchItem(entry: NumberEntry, doc: Document = document): HTMLLIElement {
  const item = doc.createElement('li')
  item.className = 'search-result exact-match'

  const label = doc.createElement('p')
  label.className = 'match-label'
  label.textContent = `${entry.field}完全一致`

  const link = doc.createElement('a')
  link.href = safeHref(entry.url) ?? DOCUMENTS_PATH
  link.textContent = entry.title

  const meta = doc.createElement('p')
  meta.className = 'meta'
  meta.textContent = [entry.number, entry.issuers, formatChineseDate(entry.publishedDate)].join(' · ')

  item.append(label, link, meta)
  return item
}
