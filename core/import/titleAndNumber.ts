/**
 * The title and the 发文字号 as the text prints them, checked against the page metadata
 * (标题, 名称, 文号). The text's 发文字号 wins. The metadata's title wins where the text's
 * is only part of it (a wrapped title whose first line was lost) or where the text
 * prints it as a line of its own (a 国务院令 whose header precedes the regulation's
 * title) or where the text's line does not end like a title and the metadata's does (a
 * site banner taken for the title); otherwise the text wins. A disagreement is a doubt
 * either way. A 文号 of 无 (none) is no number.
 */
import { parseDocumentNumber } from '../documents/documentNumber'
import { compact, tightenSpacing } from './chineseText'
import { endsLikeTitle } from './documentHeader'
import { type Metadata, metadataValue } from './metadataFields'
import type { DocumentNumberValue, Sourced } from './types'

export function readTitle(
  fromText: Sourced<string> | undefined,
  metadata: Metadata,
  lines: readonly string[],
  doubts: string[],
): Sourced<string> | undefined {
  const named = metadataValue(metadata, 'title')
  const fromMetadata = named ? { value: tightenSpacing(named.value), source: named.source } : undefined
  if (!fromText || !fromMetadata) return fromText ?? fromMetadata
  const text = compact(fromText.value)
  const meta = compact(fromMetadata.value)
  if (text === meta) return fromText
  doubts.push(`标题与网页元数据中的名称“${fromMetadata.value}”不一致`)
  const printed = lines.some((line) => compact(line) === meta)
  const textIsNoTitle = !endsLikeTitle(text) && endsLikeTitle(meta)
  return meta.includes(text) || printed || textIsNoTitle ? fromMetadata : fromText
}

export function readDocNumber(
  fromText: Sourced<DocumentNumberValue> | undefined,
  metadata: Metadata,
  doubts: string[],
): Sourced<DocumentNumberValue> | undefined {
  const stated = metadataValue(metadata, 'docNumber')
  const field = stated && !/^(?:无|暂无|[-—/]+)$/u.test(stated.value.trim()) ? stated : undefined
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
