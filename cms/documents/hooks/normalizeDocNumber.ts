import type { FieldHook } from 'payload'

import { parseDocumentNumber } from '../../../core/documents/documentNumber'
import type { Document } from '../../payload-types'

/** Keeps the strict GB/T 9704 form beside the number as typed; the typed one is never changed. */
export const normalizeDocNumber: FieldHook<Document, Document['docNumber'], Document> = ({ siblingData }) => {
  const raw = siblingData?.docNumberRaw
  if (typeof raw !== 'string' || raw.trim() === '') return null
  const parsed = parseDocumentNumber(raw)
  return parsed.ok ? parsed.strict : null
}
