/**
 * The disclosure attribute as documents print it under the signature: "(此件公开发布)",
 * "（此件主动公开）", "（此件依申请公开）", "（此件不予公开）"; and as disclosure pages
 * print it in their metadata (公开方式：主动公开).
 */
import type { DisclosureAttribute } from '../documents/disclosure'
import { type Metadata, metadataValue } from './metadataFields'
import type { Piece } from './paragraphSplitting'
import type { Sourced } from './types'

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

/**
 * The attribute from the "此件…" mark in the text, else the page's 公开方式 field, else,
 * for a page published with its metadata (发布日期, 索引号), proactive, with a doubt:
 * a government site publishes only what is proactively disclosed.
 */
export function readDisclosure(pieces: readonly Piece[], metadata: Metadata, doubts: string[]): Sourced<DisclosureAttribute> | undefined {
  for (const p of pieces) {
    const mark = findDisclosureMark(p.text)
    // The mark stands alone; a sentence that mentions 此件 in passing is not one.
    if (mark && (p.kind === 'disclosure' || p.text.length <= 20)) return { value: mark.value, source: p.source }
  }
  const field = metadataValue(metadata, 'disclosure')
  const fromField = field ? readDisclosureValue(field.value) : null
  if (field && fromField) return { value: fromField, source: field.source }
  const published =
    metadataValue(metadata, 'publishedDate') ?? metadataValue(metadata, 'publishedTime') ?? metadataValue(metadata, 'indexNumber')
  if (!published) return undefined
  doubts.push('未见公开属性标注；文件已在政府网站公开发布，暂按主动公开填写')
  return { value: 'proactive', source: published.source }
}
