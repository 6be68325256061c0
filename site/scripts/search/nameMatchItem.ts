import { safeHref } from '../../../core/web/safeHref'
import type { NameEntry } from '../../lib/search/nameIndex'
import { formatChineseDate } from '../../../core/display/chineseDate'
import { DOCUMENTS_PATH } from '../../../core/addresses'

/** A document the query names, as `<li class="search-result exact-match">`, listed before full-text results. */
export function nameMatchItem(entry: NameEntry, doc: Document = document): HTMLLIElement {
  const item = doc.createElement('li')
  item.className = 'search-result exact-match'

  const label = doc.createElement('p')
  label.className = 'match-label'
  label.textContent = matchLabel(entry)

  const link = doc.createElement('a')
  link.href = safeHref(entry.url) ?? DOCUMENTS_PATH
  link.textContent = entry.title

  const meta = doc.createElement('p')
  meta.className = 'meta'
  // A repealed or expired text says so: the text that took its place is listed above it.
  meta.textContent = [entry.status, entry.number, entry.issuers, formatChineseDate(entry.publishedDate)].filter(Boolean).join(' · ')

  item.append(label, link, meta)
  return item
}

function matchLabel(entry: NameEntry): string {
  if (entry.field !== '标题') return `${entry.field}：${entry.alias ?? ''}`
  return entry.strength === 0 ? '标题一致' : '同名文件（最新在前）'
}
