import { SEARCH_FIELDS } from './fieldNames'

/** Pagefind metadata fields as a reader names them. */
const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  [SEARCH_FIELDS.titleWords]: '标题',
  [SEARCH_FIELDS.names]: '简称或关键词',
  [SEARCH_FIELDS.formerTitles]: '曾用标题',
  [SEARCH_FIELDS.issuer]: '发文机关',
  [SEARCH_FIELDS.number]: '文号',
}

/**
 * Why a full-text result matched, in the reader's words: the fields Pagefind says the query
 * matched, then 正文 when the excerpt highlights words from the text. Each once, in that order.
 */
export function matchReasons(matchedMetaFields: readonly string[] | undefined, excerpt: string): string[] {
  const reasons = (matchedMetaFields ?? []).map((field) => FIELD_LABELS[field]).filter((label): label is string => label !== undefined)
  if (excerpt.includes('<mark>')) reasons.push('正文')
  return [...new Set(reasons)]
}
