/**
 * The document's dates, from where each is printed: the 成文日期 from the page metadata,
 * else under the signature (a disagreement is a doubt: the page's record is what the
 * office published, the signature may be a transcription); the 发布日期 only where the
 * page states it (发布日期, 发布时间) — never invented from the 印发 or 成文 date, which
 * are other days; 施行日期 and 有效期至 from the metadata or the validity clause at the
 * end of the text, 废止日期 from the metadata only.
 */
import { checkDocumentDates, type DateOrderIssue } from '../documents/documentDates'
import { parseValidityClause } from '../documents/validityClause'
import { compact } from './chineseText'
import { type Metadata, metadataDate } from './metadataFields'
import type { Piece } from './paragraphSplitting'
import type { SignatureBlock } from './signatureBlock'
import type { Sourced } from './types'

export type DateFields = {
  writtenDate?: Sourced<string>
  publishedDate?: Sourced<string>
  effectiveDate?: Sourced<string>
  expiresOn?: Sourced<string>
  repealedOn?: Sourced<string>
}

const DATE_ORDER_DOUBTS: Record<DateOrderIssue['code'], string> = {
  publishedBeforeWritten: '发布日期早于成文日期',
  effectiveAfterExpiry: '施行日期晚于有效期至',
  repealedBeforeEffective: '废止日期早于施行日期',
}

export function readDateFields(
  blocks: readonly SignatureBlock[],
  metadata: Metadata,
  pieces: readonly Piece[],
  doubts: string[],
): DateFields {
  const writtenDate = readWrittenDate(
    blocks.find((b) => b.kind === 'signature'),
    metadata,
    doubts,
  )
  const publishedDate = readPublishedDate(metadata)
  const validity = readValidity(pieces, writtenDate, publishedDate, doubts)
  const dates: DateFields = {
    writtenDate,
    publishedDate,
    effectiveDate: metadataDate(metadata, 'effectiveDate') ?? validity.effectiveDate,
    expiresOn: metadataDate(metadata, 'expiresOn') ?? validity.expiresOn,
    repealedOn: metadataDate(metadata, 'repealedOn'),
  }
  const values = Object.fromEntries(Object.entries(dates).map(([key, field]) => [key, field?.value]))
  for (const issue of checkDocumentDates(values)) doubts.push(DATE_ORDER_DOUBTS[issue.code])
  return dates
}

function readWrittenDate(signature: SignatureBlock | undefined, metadata: Metadata, doubts: string[]): Sourced<string> | undefined {
  const fromMetadata = metadataDate(metadata, 'writtenDate')
  if (signature && fromMetadata && signature.date.value !== fromMetadata.value) {
    doubts.push(`落款日期与网页元数据中的成文日期（${fromMetadata.value}）不一致`)
  }
  if (signature && signature.organs.length === 0) doubts.push('落款日期上方未见发文机关署名')
  return fromMetadata ?? (signature ? { value: signature.date.value, source: signature.date.source } : undefined)
}

// Its absence is no doubt: the importer never fills 发布日期 from a file (cms/import/importFile.ts).
function readPublishedDate(metadata: Metadata): Sourced<string> | undefined {
  return metadataDate(metadata, 'publishedDate') ?? metadataDate(metadata, 'publishedTime')
}

// A clause is the document's own when it says so (本规定…) or closes the text; otherwise
// the dates may belong to a document it cites.
const CLOSING_PIECES = 4

function readValidity(
  pieces: readonly Piece[],
  writtenDate: Sourced<string> | undefined,
  publishedDate: Sourced<string> | undefined,
  doubts: string[],
): Pick<DateFields, 'effectiveDate' | 'expiresOn'> {
  const text = pieces.map((p) => p.text).join('\n')
  const clause = parseValidityClause(text, { writtenDate: writtenDate?.value ?? null, publishedDate: publishedDate?.value ?? null })
  if (!clause) return {}
  const closing = compact(
    pieces
      .slice(-CLOSING_PIECES)
      .map((p) => p.text)
      .join(''),
  )
  if (!clause.matchedText.includes('本') && !closing.includes(compact(clause.matchedText))) return {}
  const source = clause.matchedText
  if (clause.needs) doubts.push(`施行日期取决于${clause.needs === 'writtenDate' ? '成文日期' : '发布日期'}，请核对`)
  return {
    ...(clause.effectiveDate ? { effectiveDate: { value: clause.effectiveDate, source } } : {}),
    ...(clause.expiresOn ? { expiresOn: { value: clause.expiresOn, source } } : {}),
  }
}
