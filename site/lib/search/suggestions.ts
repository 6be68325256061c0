import type { PublicDocument } from '../../../core/snapshot/schema'

/** At most this many suggestions under a search box. */
export const MAX_SUGGESTIONS = 12
/** Below this many from the data, common topics found in the documents fill in. */
export const MIN_SUGGESTIONS = 8

/**
 * Common topics of a municipal gazette, used only when the documents' own keywords and
 * subjects are too few; a topic is offered only if some document title mentions it, so a
 * suggestion never leads to an empty search.
 */
export const COMMON_TOPICS = [
  '政务公开',
  '工作要点',
  '标准化',
  '营商环境',
  '教育',
  '医疗',
  '住房',
  '就业',
  '养老',
  '交通',
  '生态环境',
  '安全生产',
]

type Source = Pick<PublicDocument, 'title' | 'keywords' | 'subject'>

/**
 * 关键词推荐: the documents' most common keywords, then their most common subjects (主题分类),
 * each ranked by how many documents carry it (ties in order of first appearance).
 */
export function searchSuggestions(documents: Source[]): string[] {
  const rank = (values: Array<string | null>[]) => {
    const counts = new Map<string, number>()
    for (const list of values) {
      for (const value of new Set(list.map((item) => item?.trim() ?? '').filter(Boolean))) {
        counts.set(value, (counts.get(value) ?? 0) + 1)
      }
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([value]) => value)
  }
  const suggestions: string[] = []
  const add = (value: string) => {
    if (suggestions.length < MAX_SUGGESTIONS && !suggestions.includes(value)) suggestions.push(value)
  }
  for (const keyword of rank(documents.map((document) => document.keywords))) add(keyword)
  for (const subject of rank(documents.map((document) => [document.subject]))) add(subject)
  if (suggestions.length < MIN_SUGGESTIONS) {
    for (const topic of COMMON_TOPICS) {
      if (suggestions.length >= MIN_SUGGESTIONS) break
      if (documents.some((document) => document.title.includes(topic))) add(topic)
    }
  }
  return suggestions
}
