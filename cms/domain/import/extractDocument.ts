/**
 * The importer's extraction core: one legacy file's text in, a draft's metadata and
 * body out, every value with the text it was read from, and a report of what is
 * missing or doubtful. Pure, and total: malformed input gives a report, never a throw.
 */
import { checkDocumentDates } from '../documentDates'
import { parseDocumentNumber } from '../documentNumber'
import { findInterpretationBodyName } from '../interpretationClause'
import { parseValidityClause } from '../validityClause'
import { findAttachments } from './attachments'
import { toBodyBlocks } from './bodyBlocks'
import { findFirstDate } from './chineseDate'
import { compact, normalizeWhitespace, tightenSpacing } from './chineseText'
import { findDisclosureMark, readDisclosureValue } from './disclosurePhrase'
import { readHeader } from './documentHeader'
import { type IssuerCandidate, mergeIssuers, organsInTitle } from './issuers'
import { type Metadata, metadataValue, readMetadata } from './metadataFields'
import { splitOrgNames } from './orgNames'
import { cutFooter, isFurnitureLine, stripDecorations } from './pageFurniture'
import { joinPageBreaks } from './pageBreaks'
import { findAttachedTitles, peelSegment, type Piece, splitAddressee, splitLine } from './paragraphSplitting'
import { findRepeatedRuns } from './repeatedText'
import { buildReport, emptyExtraction } from './report'
import { findSignatureBlocks, type SignatureBlock } from './signatureBlock'
import type { DocumentNumberValue, ExtractedDocument, Sourced } from './types'

export type ExtractOptions = { fileName?: string }

/** Reads a legacy document (plain text, or htmlToText's output) into a draft. */
export function extractDocument(text: string, options: ExtractOptions = {}): ExtractedDocument {
  try {
    return extract(typeof text === 'string' ? text : '', options)
  } catch (error) {
    // A bug here must not stop a batch import: the file is reported and skipped.
    return emptyExtraction(`解析失败：${error instanceof Error ? error.message : String(error)}`, options.fileName)
  }
}

/** How far into the body the covering notice names the text it distributes. */
const COVERING_TEXT_LENGTH = 800

function extract(input: string, options: ExtractOptions): ExtractedDocument {
  const normalized = normalizeWhitespace(input)
  if (compact(normalized) === '') return emptyExtraction('文件为空', options.fileName)
  const doubts: string[] = []

  const lines = normalized.split('\n').map((line) => {
    const clean = cutFooter(stripDecorations(line))
    return isFurnitureLine(clean) ? '' : clean
  })
  const metadata = readMetadata(lines)
  const header = readHeader(lines, metadata.consumed)
  const bodyLines = lines.filter((line, i) => line.trim() !== '' && !metadata.consumed.has(i) && !header.consumed.has(i))

  const { pieces, repeated, joins } = bodyPieces(bodyLines, header)
  if (repeated) doubts.push('原文重复出现，正文已只保留一份')
  void joins
  const blocks = findSignatureBlocks(pieces)
  const endAligned = new Set(blocks.flatMap((b) => b.indexes))
  const body = toBodyBlocks(pieces, endAligned)
  const bodyText = pieces.map((p) => p.text).join('\n')

  const title = readTitle(header.title, metadata, doubts)
  const docNumber = readDocNumber(header.docNumber, metadata, doubts)
  const signature = blocks.find((b) => b.kind === 'signature')
  const { issuers, doubts: issuerDoubts } = mergeIssuers(issuerCandidates(title, header.masthead, signature, metadata), informationSource(metadata))
  doubts.push(...issuerDoubts)

  const writtenDate = readWrittenDate(signature, metadata, doubts)
  const publishedDate = readPublishedDate(metadata, blocks, writtenDate, doubts)
  const validity = readValidity(bodyText, pieces, writtenDate, publishedDate, doubts)
  const effectiveDate = metadataDate(metadata, 'effectiveDate') ?? validity.effectiveDate
  const expiresOn = metadataDate(metadata, 'expiresOn') ?? validity.expiresOn
  const repealedOn = metadataDate(metadata, 'repealedOn')

  const doc: Omit<ExtractedDocument, 'report'> = {
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    ...optional('title', title),
    ...optional('docNumber', docNumber),
    issuers,
    ...optional('writtenDate', writtenDate),
    ...optional('publishedDate', publishedDate),
    ...optional('effectiveDate', effectiveDate),
    ...optional('expiresOn', expiresOn),
    ...optional('repealedOn', repealedOn),
    ...optional('interpretationBody', readInterpretationBody(bodyText, pieces)),
    ...optional('disclosure', readDisclosure(pieces, metadata, doubts)),
    ...optional('indexNumber', metadataText(metadata, 'indexNumber')),
    ...optional('subject', metadataText(metadata, 'subject')),
    ...optional('keywords', readKeywords(metadata)),
    ...optional('attachments', findAttachments(pieces.map((p) => p.text)) ?? undefined),
    body,
  }
  for (const issue of checkDocumentDates({ writtenDate: writtenDate?.value, publishedDate: publishedDate?.value, effectiveDate: effectiveDate?.value, expiresOn: expiresOn?.value, repealedOn: repealedOn?.value })) {
    doubts.push(DATE_ORDER_DOUBTS[issue.code])
  }
  return { ...doc, report: buildReport(doc, doubts) }
}

const DATE_ORDER_DOUBTS = {
  publishedBeforeWritten: '发布日期早于成文日期',
  effectiveAfterExpiry: '施行日期晚于有效期至',
  repealedBeforeEffective: '废止日期早于施行日期',
} as const

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
}

/** The body's paragraphs: split, with header lines repeated in the text and repeated runs dropped, page breaks joined. */
function bodyPieces(bodyLines: readonly string[], header: ReturnType<typeof readHeader>): { pieces: Piece[]; repeated: boolean; joins: number } {
  const attachedTitles = findAttachedTitles(bodyLines.join('\n').slice(0, COVERING_TEXT_LENGTH))
  let pieces: Piece[] = []
  for (const line of bodyLines) {
    for (const segment of splitLine(line)) {
      const peeled = peelSegment(segment, attachedTitles)
      // The attached text's title appears once; later lines that start the same way are text.
      for (const p of peeled) if (p.kind === 'attachedTitle') attachedTitles.delete(compact(p.text))
      pieces.push(...peeled)
    }
  }
  const first = pieces.findIndex((p) => p.kind === 'text')
  const addressee = first >= 0 ? splitAddressee(pieces[first]?.source ?? '') : null
  if (addressee) {
    pieces.splice(first, 1, { kind: 'addressee', text: tightenSpacing(addressee[0]), source: addressee[0].trim() }, { kind: 'text', text: tightenSpacing(addressee[1]), source: addressee[1].trim() })
  }
  // A page that holds the text twice repeats its header lines too.
  const headerTexts = new Set([header.title?.value, header.docNumber?.value.raw, header.masthead?.source].filter((t): t is string => t !== undefined).map(compact))
  const beforeHeaderCheck = pieces.length
  pieces = pieces.filter((p) => !headerTexts.has(compact(p.text)))
  const repeatedRuns = findRepeatedRuns(pieces.map((p) => p.text))
  pieces = pieces.filter((_, i) => !repeatedRuns.has(i))
  const joined = joinPageBreaks(pieces)
  return { pieces: joined.pieces, repeated: repeatedRuns.size > 0 || pieces.length + repeatedRuns.size < beforeHeaderCheck, joins: joined.joins }
}

function readTitle(fromText: Sourced<string> | undefined, metadata: Metadata, doubts: string[]): Sourced<string> | undefined {
  const named = metadataValue(metadata, 'title')
  const fromMetadata = named ? { value: tightenSpacing(named.value), source: named.source } : undefined
  if (fromText && fromMetadata && compact(fromText.value) !== compact(fromMetadata.value)) {
    doubts.push(`标题与网页元数据中的名称“${fromMetadata.value}”不一致`)
  }
  return fromText ?? fromMetadata
}

function readDocNumber(fromText: Sourced<DocumentNumberValue> | undefined, metadata: Metadata, doubts: string[]): Sourced<DocumentNumberValue> | undefined {
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

function issuerCandidates(title: Sourced<string> | undefined, masthead: Sourced<string> | undefined, signature: SignatureBlock | undefined, metadata: Metadata): IssuerCandidate[] {
  const candidates: IssuerCandidate[] = []
  for (const organ of signature?.organs ?? []) candidates.push({ name: organ.name, source: organ.source, origin: 'signature' })
  if (title) for (const name of organsInTitle(title.value)) candidates.push({ name, source: title.source, origin: 'title' })
  if (masthead) for (const name of splitOrgNames(masthead.value) ?? [masthead.value]) candidates.push({ name, source: masthead.source, origin: 'masthead' })
  for (const field of metadata.values.filter((v) => v.key === 'issuer')) {
    for (const name of splitOrgNames(field.value) ?? []) candidates.push({ name, source: field.source, origin: 'metadata' })
  }
  return candidates
}

function informationSource(metadata: Metadata): IssuerCandidate[] {
  const field = metadataValue(metadata, 'informationSource')
  return (field && splitOrgNames(field.value)?.map((name) => ({ name, source: field.source, origin: 'metadata' as const }))) || []
}

function metadataDate(metadata: Metadata, key: 'writtenDate' | 'publishedDate' | 'publishedTime' | 'effectiveDate' | 'expiresOn' | 'repealedOn'): Sourced<string> | undefined {
  const field = metadataValue(metadata, key)
  const date = field ? findFirstDate(field.value) : null
  return field && date ? { value: date.value, source: field.source } : undefined
}

function metadataText(metadata: Metadata, key: 'indexNumber' | 'subject'): Sourced<string> | undefined {
  const field = metadataValue(metadata, key)
  return field ? { value: tightenSpacing(field.value), source: field.source } : undefined
}

function readKeywords(metadata: Metadata): Sourced<string[]> | undefined {
  const field = metadataValue(metadata, 'keywords')
  const words = field?.value.split(/[\s,，、;；]+/u).filter((w) => w !== '') ?? []
  return field && words.length > 0 ? { value: words, source: field.source } : undefined
}

function readWrittenDate(signature: SignatureBlock | undefined, metadata: Metadata, doubts: string[]): Sourced<string> | undefined {
  const fromMetadata = metadataDate(metadata, 'writtenDate')
  if (signature && fromMetadata && signature.date.value !== fromMetadata.value) {
    doubts.push(`落款日期与网页元数据中的成文日期（${fromMetadata.value}）不一致`)
  }
  if (signature && signature.organs.length === 0) doubts.push('落款日期上方未见发文机关署名')
  return signature ? { value: signature.date.value, source: signature.date.source } : fromMetadata
}

function readPublishedDate(metadata: Metadata, blocks: readonly SignatureBlock[], writtenDate: Sourced<string> | undefined, doubts: string[]): Sourced<string> | undefined {
  const fromMetadata = metadataDate(metadata, 'publishedDate') ?? metadataDate(metadata, 'publishedTime')
  if (fromMetadata) return fromMetadata
  const distribution = blocks.find((b) => b.kind === 'distribution')
  if (distribution) {
    doubts.push('未找到发布日期，暂按印发日期填写')
    return { value: distribution.date.value, source: distribution.date.source }
  }
  if (writtenDate) {
    doubts.push('未找到发布日期，暂按成文日期填写')
    return writtenDate
  }
  return undefined
}

// The clause belongs to this document when it says so (本规定…) or closes the text.
const CLOSING_PARAGRAPHS = 4

function readValidity(bodyText: string, pieces: readonly Piece[], writtenDate: Sourced<string> | undefined, publishedDate: Sourced<string> | undefined, doubts: string[]): { effectiveDate?: Sourced<string>; expiresOn?: Sourced<string> } {
  const clause = parseValidityClause(bodyText, { writtenDate: writtenDate?.value ?? null, publishedDate: publishedDate?.value ?? null })
  if (!clause) return {}
  const closing = compact(pieces.slice(-CLOSING_PARAGRAPHS).map((p) => p.text).join(''))
  if (!clause.matchedText.includes('本') && !closing.includes(compact(clause.matchedText))) return {}
  const source = clause.matchedText
  if (clause.needs) doubts.push(`施行日期取决于${clause.needs === 'writtenDate' ? '成文日期' : '发布日期'}，请核对`)
  return {
    ...(clause.effectiveDate ? { effectiveDate: { value: clause.effectiveDate, source } } : {}),
    ...(clause.expiresOn ? { expiresOn: { value: clause.expiresOn, source } } : {}),
  }
}

function readInterpretationBody(bodyText: string, pieces: readonly Piece[]): Sourced<string> | undefined {
  const name = findInterpretationBodyName(bodyText)
  if (!name) return undefined
  const piece = pieces.find((p) => compact(p.text).includes(`${name}负责`) && /解读/u.test(p.text))
  return { value: name, source: piece?.source ?? name }
}

function readDisclosure(pieces: readonly Piece[], metadata: Metadata, doubts: string[]): ExtractedDocument['disclosure'] {
  for (const p of pieces) {
    const mark = findDisclosureMark(p.text)
    if (mark && (p.kind === 'disclosure' || p.text.length <= 20)) return { value: mark.value, source: p.source }
  }
  const field = metadataValue(metadata, 'disclosure')
  const fromField = field ? readDisclosureValue(field.value) : null
  if (field && fromField) return { value: fromField, source: field.source }
  // A page of a government site with its publication metadata is proactive disclosure.
  const published = metadataValue(metadata, 'publishedDate') ?? metadataValue(metadata, 'publishedTime') ?? metadataValue(metadata, 'indexNumber')
  if (published) {
    doubts.push('未见公开属性标注；文件已在政府网站公开发布，暂按主动公开填写')
    return { value: 'proactive', source: published.source }
  }
  return undefined
}
