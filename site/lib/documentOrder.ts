import type { DocumentSummary } from '../../core/snapshot/schema'

/**
 * Newest 发布日期 first; on the same day, the higher id first so the order is stable
 * between builds. The manifest promises this order already; lists do not rely on it.
 */
export function newestFirst<T extends Pick<DocumentSummary, 'id' | 'publishedDate'>>(documents: readonly T[]): T[] {
  return [...documents].sort(
    (a, b) => b.publishedDate.localeCompare(a.publishedDate) || b.id.localeCompare(a.id),
  )
}
