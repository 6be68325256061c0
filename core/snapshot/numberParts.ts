/** The parts of a strict 发文字号 for the snapshot; null when the number is not in strict form. */
import { parseDocumentNumber } from '../documents/documentNumber'
import type { PublicDocument } from './schema'

export function numberParts(strict: string | null | undefined): PublicDocument['docNumberParts'] {
  if (!strict) return null
  const parsed = parseDocumentNumber(strict)
  if (!parsed.ok || parsed.strict !== strict) return null
  return parsed.shape === 'standard'
    ? { shape: 'standard', code: parsed.code, year: parsed.year, serial: parsed.serial }
    : { shape: 'order', issuer: parsed.issuer, serial: parsed.serial }
}
