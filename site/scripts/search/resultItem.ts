import { formatDate } from '../../lib/format'
import { safeHref } from '../../../cms/domain/safeHref'
import { excerptNodes } from './excerpt'
import type { PagefindResultData } from './pagefindApi'

/** One result as `<li class="search-result">` with a link to the document page. */
export function resultItem(data: PagefindResultData, doc: Document = document): HTMLLIElement {
  const item = doc.createElement('li')
  item.className = 'search-result'

  const link = doc.createElement('a')
  link.href = safeHref(data.url) ?? '/documents/'
  link.textContent = data.meta.title ?? data.url
  item.append(link)

  const date = data.meta.date
  const details = [data.meta.docNumber, data.filters['发文机关']?.join('　'), date ? formatDate(date) : undefined]
  const meta = doc.createElement('p')
  meta.className = 'meta'
  meta.textContent = details.filter(Boolean).join(' · ')
  item.append(meta)

  const excerpt = doc.createElement('p')
  excerpt.className = 'excerpt'
  excerpt.append(...excerptNodes(data.excerpt, doc))
  item.append(excerpt)

  return item
}
