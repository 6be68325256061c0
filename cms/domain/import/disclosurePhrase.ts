/**
 * The disclosure attribute as documents print it under the signature: "(此件公开发布)",
 * "（此件主动公开）", "（此件依申请公开）", "（此件不予公开）"; and as disclosure pages
 * print it in their metadata (公开方式：主动公开).
 */
import type { DisclosureAttribute } from '../disclosure'

const PHRASES: Array<[RegExp, DisclosureAttribute]> = [
  [/依申请公开/u, 'on-request'],
  [/不予公开|不公开|不宜公开/u, 'not-disclosed'],
  [/主动公开|公开发布|公开/u, 'proactive'],
]

function attributeOf(phrase: string): DisclosureAttribute | null {
  return PHRASES.find(([re]) => re.test(phrase))?.[1] ?? null
}

/** The attribute a "此件…" mark states, with the mark as printed; null when there is none. */
export function findDisclosureMark(text: string): { value: DisclosureAttribute; source: string } | null {
  const m = /[（(]?\s*此件\s*(依申请公开|不予公开|不公开|不宜公开|主动公开|公开发布)\s*[）)]?/u.exec(text)
  if (!m) return null
  const value = attributeOf(m[1] ?? '')
  return value ? { value, source: m[0].trim() } : null
}

/** The attribute a metadata value states (主动公开, 依申请公开, 不予公开), or null. */
export function readDisclosureValue(value: string): DisclosureAttribute | null {
  return /公开/u.test(value) ? attributeOf(value) : null
}
