import type { DocumentSummary, PublicInterpretation } from '../../core/snapshot/schema'

/**
 * The 发文机关 of the documents an interpretation explains, each once, in order. They are
 * the interpretation's 发文机关 search filter: a reader narrowing the search to one
 * issuer finds its documents and what explains them, and the filter never lists an
 * organisation that issued nothing (a 解读主体 is often the drafting department).
 */
export function explainedIssuers(
  interpretation: { documents: ReadonlyArray<Pick<PublicInterpretation['documents'][number], 'id'>> },
  documents: readonly Issued[],
): string[] {
  const byId = indexOf(documents)
  const names = interpretation.documents.flatMap(({ id }) => byId.get(id)?.issuers.map((issuer) => issuer.name) ?? [])
  return [...new Set(names)]
}

type Issued = Pick<DocumentSummary, 'id' | 'issuers'>

// One index per list of documents: every interpretation page asks, and a fresh index per
// page would grow with interpretations × documents.
const indexes = new WeakMap<readonly Issued[], Map<string, Issued>>()

function indexOf(documents: readonly Issued[]): Map<string, Issued> {
  let index = indexes.get(documents)
  if (!index) {
    index = new Map(documents.map((document) => [document.id, document]))
    indexes.set(documents, index)
  }
  return index
}
