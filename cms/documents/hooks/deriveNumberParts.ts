import type { CollectionBeforeChangeHook } from 'payload'

import { parseDocumentNumber } from '../../../core/documents/documentNumber'
import { parseUnifiedNumber } from '../../../core/documents/unifiedNumber'
import { unifiedNumberShapes } from '../../numbering/config'
import type { Document } from '../../payload-types'

/**
 * Stores code, year and serial of both numbers beside them, so the register and the
 * allocator can query a series (one code, one year) without parsing every document.
 */
export const deriveNumberParts: CollectionBeforeChangeHook<Document> = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const doc = typeof merged.docNumberRaw === 'string' ? parseDocumentNumber(merged.docNumberRaw) : null
  const standard = doc?.ok && doc.shape === 'standard' ? doc : null
  const unified =
    typeof merged.unifiedNumber === 'string' && merged.unifiedNumber.trim() !== ''
      ? parseUnifiedNumber(merged.unifiedNumber, unifiedNumberShapes())
      : null
  const unifiedOk = unified?.ok ? unified : null
  return {
    ...data,
    docNumberCode: standard?.code ?? null,
    docNumberYear: standard?.year ?? null,
    docNumberSerial: standard?.serial ?? null,
    unifiedCode: unifiedOk?.code ?? null,
    unifiedYear: unifiedOk?.year ?? null,
    unifiedSerial: unifiedOk?.serial ?? null,
  }
}
