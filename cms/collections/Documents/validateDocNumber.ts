import type { TextFieldSingleValidation } from 'payload'

import { parseDocumentNumber } from '../../domain/documentNumber'
import { messages } from '../../messages'

/**
 * 发文字号 as typed must parse as a document number, and its strict form must not
 * belong to another document (drafts included: a number is taken once allocated).
 */
export const validateDocNumber: TextFieldSingleValidation = async (value, { req, id }) => {
  if (!value || value.trim() === '') return true
  const parsed = parseDocumentNumber(value)
  if (!parsed.ok) return parsed.reason
  const clash = await req.payload.find({
    collection: 'documents',
    where: {
      and: [{ docNumber: { equals: parsed.strict } }, ...(id !== undefined ? [{ id: { not_equals: id } }] : [])],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const other = clash.docs[0]
  return other ? messages.docNumberTaken(parsed.strict, String(other.title)) : true
}
