import { findDocumentNumbers, parseDocumentNumber } from '../../../core/documents/documentNumber'
import { guiShape, latinDashShape, paddedGuiShape, parseUnifiedNumber } from '../../../core/documents/unifiedNumber'
import type { NumberParts } from '../../../core/addresses'

export type { NumberParts }

// The built-in 统一编号 shapes. A site's own configured shapes are CMS settings the static
// site does not see; such numbers are still shown and full-text indexed, just not addressable.
const UNIFIED_SHAPES = [guiShape, paddedGuiShape, latinDashShape]

/**
 * The parts of one number typed in any variant (运政办发[2022]18号, （2022）第018号,
 * full-width digits, spaces), by the CMS's own rules; null when it is not one number.
 * 规-series unified numbers (运政规〔2022〕1号) are standard-shaped and parse like 发文字号.
 */
export function numberPartsOf(text: string): NumberParts | null {
  const parsed = parseDocumentNumber(text)
  if (parsed.ok) {
    return parsed.shape === 'standard'
      ? { shape: 'standard', code: parsed.code, year: parsed.year, serial: parsed.serial }
      : { shape: 'order', issuer: parsed.issuer, serial: parsed.serial }
  }
  const unified = parseUnifiedNumber(text, UNIFIED_SHAPES)
  return unified.ok ? { shape: 'standard', code: unified.code, year: unified.year, serial: unified.serial } : null
}

/** The numbers a search query names: the whole query, or the numbers cited among its words. */
export function numberPartsIn(query: string): NumberParts[] {
  const whole = numberPartsOf(query)
  if (whole) return [whole]
  return findDocumentNumbers(query)
    .map((found) => numberPartsOf(found.strict))
    .filter((parts): parts is NumberParts => parts !== null)
}

export function sameParts(a: NumberParts, b: NumberParts): boolean {
  if (a.shape === 'standard' && b.shape === 'standard') {
    return a.code === b.code && a.year === b.year && a.serial === b.serial
  }
  if (a.shape === 'order' && b.shape === 'order') return a.issuer === b.issuer && a.serial === b.serial
  return false
}
