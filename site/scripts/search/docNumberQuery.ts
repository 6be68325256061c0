import { normalizeDocumentNumber } from '../../../cms/domain/documentNumber'

/**
 * A query that is a 发文字号 the index knows is answered by the exact 文号 filter:
 * Pagefind's word ranking would match 运, 2022, 发 … across many documents instead.
 * Readers type numbers as printed in the wild ([2022], (2022), 第18号, 018号, spaces),
 * so the query is brought to the strict form first, by the same rule the CMS uses.
 */
export function matchDocNumber(query: string, known: Iterable<string>): string | undefined {
  const strict = normalizeDocumentNumber(query)
  if (strict === null) return undefined
  for (const docNumber of known) {
    // Snapshot numbers are strict, or as typed when they could not be normalised.
    if (docNumber === strict || docNumber === query.trim()) return docNumber
  }
  return undefined
}
