/**
 * The importer's extraction core: one legacy file's text in, a draft's metadata and
 * body out, every value with the text it was read from, and a report of what is
 * missing or doubtful. Pure, and total: malformed input gives a report, never a throw.
 */
import { findInterpretationBodyName } from '../interpretations/interpretationClause'
import { findAttachments } from './attachments'
import { toBodyBlocks } from './bodyBlocks'
import { readBodyPieces } from './bodyPieces'
import { compact, normalizeWhitespace } from './chineseText'
import { readDateFields } from './dateFields'
import { readDisclosure } from './disclosurePhrase'
import { readHeader } from './documentHeader'
import { informationSourceCandidates, issuerCandidates, mergeIssuers } from './issuers'
import { metadataKeywords, metadataText, metadataValue, readMetadata } from './metadataFields'
import { cutFooter, isFurnitureLine, stripDecorations } from './pageFurniture'
import { type ImportSource, isParsedPage, sourceLines } from './pageBlocks'
import type { Piece } from './paragraphSplitting'
import { buildReport, emptyExtraction } from './report'
import { findSignatureBlocks } from './signatureBlock'
import { readDocNumber, readTitle } from './titleAndNumber'
import type { ExtractedDocument, Sourced } from './types'

export type ExtractOptions = { fileName?: string }

/** Reads a legacy document (plain text, or a web page parsed by cms/import/parseHtml) into a draft. */
export function extractDocument(source: ImportSource, options: ExtractOptions = {}): ExtractedDocument {
  try {
    return extract(source ?? '', options)
  } catch (error) {
    // A bug here must not stop a batch import: the file is reported, not thrown.
    return emptyExtraction(`解析失败：${error instanceof Error ? error.message : String(error)}`, options.fileName)
  }
}

function extract(input: ImportSource, options: ExtractOptions): ExtractedDocument {
  const source = sourceLines(input, normalizeWhitespace)
  if (compact(source.lines.join('')) === '') return emptyExtraction('文件为空', options.fileName)
  const doubts: string[] = []

  const lines = source.lines.map((line) => {
    const clean = cutFooter(stripDecorations(line))
    return isFurnitureLine(clean) ? '' : clean
  })
  const metadata = readMetadata(lines, source.rows)
  const header = readHeader(lines, metadata.consumed, source.blockOf, metadataValue(metadata, 'title')?.value)
  const bodyLines = lines.filter((line, i) => line.trim() !== '' && !metadata.consumed.has(i) && !header.consumed.has(i))

  // A web page's blocks are its paragraphs: none was cut by a page break.
  const { pieces, repeated } = readBodyPieces(bodyLines, header, { pageBreaks: !isParsedPage(input) })
  if (repeated) doubts.push('原文重复出现，正文已只保留一份')
  const blocks = findSignatureBlocks(pieces)
  const body = toBodyBlocks(pieces, new Set(blocks.flatMap((b) => b.indexes)), isParsedPage(input))

  const title = readTitle(header.title, metadata, lines, doubts)
  const signature = blocks.find((b) => b.kind === 'signature')
  const merged = mergeIssuers(issuerCandidates(title, header.masthead, signature, metadata), informationSourceCandidates(metadata))
  doubts.push(...merged.doubts)

  const fields = {
    ...readDateFields(blocks, metadata, pieces, doubts),
    interpretationBody: readInterpretationBody(pieces),
    disclosure: readDisclosure(pieces, metadata, doubts),
    indexNumber: metadataText(metadata, 'indexNumber'),
    subject: metadataText(metadata, 'subject'),
    keywords: metadataKeywords(metadata),
    attachments: findAttachments(pieces.map((p) => p.text)) ?? undefined,
  }
  const doc: Omit<ExtractedDocument, 'report'> = {
    ...(options.fileName === undefined ? {} : { fileName: options.fileName }),
    ...withoutUndefined({ title, docNumber: readDocNumber(header.docNumber, metadata, doubts) }),
    issuers: merged.issuers,
    ...withoutUndefined(fields),
    body,
  }
  return { ...doc, report: buildReport(doc, doubts) }
}

/** Absent fields are left out, not set to undefined. */
function withoutUndefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>
}

function readInterpretationBody(pieces: readonly Piece[]): Sourced<string> | undefined {
  const name = findInterpretationBodyName(pieces.map((p) => p.text).join('\n'))
  if (!name) return undefined
  const piece = pieces.find((p) => compact(p.text).includes(`${name}负责`) && /解读/u.test(p.text))
  return { value: name, source: piece?.source ?? name }
}
