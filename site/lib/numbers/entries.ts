import type { DocumentSummary } from '../../../core/snapshot/schema'
import { issuerNames } from '../labels'
import { documentPath } from '../../../core/addresses'
import type { NumberEntry } from './entry'
import { numberPartsOf } from './parts'

type Numbered = Pick<DocumentSummary, 'docNumber' | 'docNumberParts' | 'unifiedNumber'>

/** A document's addressable numbers: the 发文字号 when strict, the 统一编号 when its shape is known. */
export function numbersOf(document: Numbered): Array<Pick<NumberEntry, 'number' | 'field' | 'parts'>> {
  const numbers: Array<Pick<NumberEntry, 'number' | 'field' | 'parts'>> = []
  // The snapshot's parts are the contract; a docNumber without them was not normalisable.
  if (document.docNumber && document.docNumberParts) {
    numbers.push({ number: document.docNumber, field: '发文字号', parts: document.docNumberParts })
  }
  const unifiedParts = document.unifiedNumber ? numberPartsOf(document.unifiedNumber) : null
  if (document.unifiedNumber && unifiedParts) {
    numbers.push({ number: document.unifiedNumber, field: '统一编号', parts: unifiedParts })
  }
  return numbers
}

export function numberEntries(documents: readonly DocumentSummary[]): NumberEntry[] {
  return documents.flatMap((document) =>
    numbersOf(document).map((number) => ({
      ...number,
      id: document.id,
      title: document.title,
      url: documentPath(document.id),
      publishedDate: document.publishedDate,
      issuers: issuerNames(document.issuers),
    })),
  )
}
