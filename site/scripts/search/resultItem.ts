import { contentTypeLabels, TYPE_FILTER } from '../../lib/contentTypes'
import { safeHref } from '../../../core/web/safeHref'
import { matchReasons } from '../../lib/search/matchReasons'
import { excerptNodes } from './excerpt'
import type { PagefindResultData } from './pagefindApi'
import { formatChineseDate } from '../../../core/display/chineseDate'
import { DOCUMENTS_PATH } from '../../../core/addresses'
import { searchFilters } from '../../../core/search/filterNames'

/**
 * One result as `<li class="search-result">` with a link to its page, what it matched
 * (标题, 发文机关, 正文…) and the excerpt with the matched words marked; interpretations are tagged.
 */
export function resultItem(data: PagefindResultData, matchedMetaFields?: string[], doc: Document = document): HTMLLIElement {
  const item = doc.createElement('li')
  item.className = 'search-result'
  const isInterpretation = data.filters[TYPE_FILTER]?.includes(contentTypeLabels.interpretation) ?? false

  if (isInterpretation) {
    const tag = doc.createElement('span')
    tag.className = 'result-tag'
    tag.textContent = contentTypeLabels.interpretation
    item.append(tag)
  }

  const link = doc.createElement('a')
  link.href = safeHref(data.url) ?? DOCUMENTS_PATH
  link.textContent = data.meta.title ?? data.url
  item.append(link)

  const date = data.meta.date
  // An interpretation names who interprets; its 发文机关 filter holds the explained documents' issuers.
  const by = isInterpretation ? data.meta.interpreter : data.filters[searchFilters.issuer]?.join('　')
  const details = [isInterpretation ? undefined : data.meta.docNumber, by, date ? formatChineseDate(date) : undefined]
  const meta = doc.createElement('p')
  meta.className = 'meta'
  meta.textContent = details.filter(Boolean).join(' · ')
  item.append(meta)

  const reasons = matchReasons(matchedMetaFields, data.excerpt)
  if (reasons.length > 0) {
    const why = doc.createElement('p')
    why.className = 'match-reasons'
    why.textContent = `匹配：${reasons.join('、')}`
    item.append(why)
  }

  const excerpt = doc.createElement('p')
  excerpt.className = 'excerpt'
  excerpt.append(...excerptNodes(data.excerpt, doc))
  item.append(excerpt)

  return item
}
