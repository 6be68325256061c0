/**
 * The title and the 发文字号 as the text prints them, checked against the page metadata
 * (名称, 文号). The text wins; a disagreement is a doubt, since one of the two was
 * typed by hand.
 */
import { parseDocumentNumber } from '../documentNumber'
import { compact, tightenSpacing } from './chineseText'
import { type Metadata, metadataValue } from './metadataFields'
import type { DocumentNumberValue, Sourced } from './types'

export function readTitle(fromText: Sourced<string> | undefined, metadata: Metadata, doubts: string[]): Sourced<string> | undefined {
  const named = metadataValue(metadata, 'title')
  const fromMetadata = named ? { value: tightenSpacing(named.value), source: named.source } : undefined
  if (fromText && fromMetadata && compact(fromText.value) !== compact(fromMetadata.value)) {
    doubts.push(`标题与网页元数据中的名称“${fromMetadata.value}”不一致`)
  }
  return fromText ?? fromMetadata
}

export function readDocNumber(fromText: Sourced<DocumentNumberValue> | undefined, metadata: Metadata, doubts: string[]): Sourced<DocumentNumberValue> | undefined {
  const field = metadataValue(metadata, 'docNumber')
  let fromMetadata: Sourced<DocumentNumberValue> | undefined
  if (field) {
    const parsed = parseDocumentNumber(field.value)
    if (!parsed.ok) doubts.push(`发文字号“${field.value}”无法识别：${parsed.reason}`)
    fromMetadata = { value: { raw: field.value, strict: parsed.ok ? parsed.strict : null }, source: field.source }
  }
  if (fromText && fromMetadata && fromText.value.strict !== fromMetadata.value.strict) {
    doubts.push(`发文字号与网页元数据中的文号“${fromMetadata.value.raw}”不一致`)
  }
  return fromText ?? fromMetadata
}
