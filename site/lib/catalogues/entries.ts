/** Which documents each catalogue lists, as of the snapshot's status day. */
import type { DocumentSummary, Manifest } from '../../../core/snapshot/schema'
import { catalogues, cataloguedKinds, type CatalogueId } from './definitions'

export type CatalogueEntries = {
  /** The catalogue proper, newest 成文日期 first. */
  listed: DocumentSummary[]
  /** Listed apart on the same page (尚未施行 on 现行有效). */
  pending: DocumentSummary[]
}

/** Newest 成文日期 first; the id keeps the order stable between builds. */
export function catalogueOrder(a: DocumentSummary, b: DocumentSummary): number {
  return b.writtenDate.localeCompare(a.writtenDate) || b.id.localeCompare(a.id)
}

export function catalogueEntries(manifest: Manifest, id: CatalogueId): CatalogueEntries {
  const { statuses, pendingStatuses } = catalogues[id]
  const kinds = new Set(cataloguedKinds(manifest.gazette.kinds).map((kind) => kind.value))
  const catalogued = manifest.documents.filter((document) => kinds.has(document.kind))
  return {
    listed: catalogued.filter((document) => statuses.includes(document.status)).sort(catalogueOrder),
    pending: catalogued.filter((document) => pendingStatuses.includes(document.status)).sort(catalogueOrder),
  }
}

/** Both lists, as the downloads hold them: the catalogue first, then the pending ones. */
export function allEntries({ listed, pending }: CatalogueEntries): DocumentSummary[] {
  return [...listed, ...pending]
}
