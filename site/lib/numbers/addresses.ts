import type { NumberParts } from './parts'

/**
 * Addresses under /numbers/. Codes and issuers are Chinese; each path segment is
 * percent-encoded so that links are valid URLs, and a static host maps them back to the
 * folders the build wrote. A code always contains Han characters (the CMS refuses one
 * without), so the segment "orders" can never be a code.
 */
const segment = (value: string | number): string => encodeURIComponent(String(value))

export const NUMBERS_PATH = '/numbers/'

export function codePath(code: string): string {
  return `${NUMBERS_PATH}${segment(code)}/`
}

export function orderIssuerPath(issuer: string): string {
  return `${NUMBERS_PATH}orders/${segment(issuer)}/`
}

/** The stable address of one number: /numbers/<code>/<year>/<serial>/ or /numbers/orders/<issuer>/<serial>/. */
export function numberPath(parts: NumberParts): string {
  return parts.shape === 'standard'
    ? `${codePath(parts.code)}${parts.year}/${parts.serial}/`
    : `${orderIssuerPath(parts.issuer)}${parts.serial}/`
}

/** The exact-lookup file holding every number that shares this number's code or issuer. */
export function lookupPath(parts: NumberParts): string {
  return `${parts.shape === 'standard' ? codePath(parts.code) : orderIssuerPath(parts.issuer)}index.json`
}

export function documentPath(id: string): string {
  return `/documents/${id}/`
}

/** A path as readers should see it: /numbers/运政办发/2022/18/. */
export function readablePath(path: string): string {
  return decodeURI(path)
}

export function interpretationPath(id: string): string {
  return `/interpretations/${id}/`
}
