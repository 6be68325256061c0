import type { FieldHook } from 'payload'

import { parseUnifiedNumber } from '../../../core/documents/unifiedNumber'
import { unifiedNumberShapes } from '../../numbering/config'
import type { Document } from '../../payload-types'

/** Stores 统一编号 in the canonical form of the configured shape it matches. */
export const normalizeUnifiedNumber: FieldHook<Document, Document['unifiedNumber'], Document> = ({ value }) => {
  if (typeof value !== 'string' || value.trim() === '') return null
  const parsed = parseUnifiedNumber(value, unifiedNumberShapes())
  // enforceDocumentRules refuses what does not parse; keep the input untouched meanwhile.
  return parsed.ok ? parsed.canonical : value
}
