import type { DocumentSummary } from '../../core/snapshot/schema'
import { newestPublishedFirst } from '../../core/snapshot/publicationOrder'

/**
 * The items in the manifest's own order (core/snapshot/publicationOrder.ts): newest
 * 发布日期 first, the higher id first on the same day. Lists sort again rather than rely on
 * the manifest, which a hand-written snapshot may not keep.
 */
export function newestFirst<T extends Pick<DocumentSummary, 'id' | 'publishedDate'>>(documents: readonly T[]): T[] {
  return [...documents].sort(newestPublishedFirst)
}
