/**
 * What the importer reads out of one legacy file. Every value carries the text it was
 * read from, so the editor reviewing the draft can check it against the source at a
 * glance; a value the file does not state is absent rather than guessed.
 */
import type { DisclosureAttribute } from '../documents/disclosure'

export type Sourced<T> = {
  value: T
  /** The line or passage of the source the value was read from, as printed (trimmed). */
  source: string
}

/** Where an issuing organ's name was printed. */
export type IssuerOrigin = 'signature' | 'title' | 'masthead' | 'metadata'

export type ExtractedIssuer = Sourced<string> & {
  origin: IssuerOrigin
  /** Other spellings of the same organ in the file (区政府办公室 for 常州市钟楼区人民政府办公室). */
  alsoPrintedAs: string[]
}

export type DocumentNumberValue = {
  /** As printed: 运政办发[2022]18号. */
  raw: string
  /** GB/T 9704 form (运政办发〔2022〕18号), or null when the printed number cannot be read. */
  strict: string | null
}

export type HeadingBlock = { type: 'heading'; level: 2 | 3; text: string }
export type ParagraphBlock = { type: 'paragraph'; text: string; align: 'start' | 'end' }
export type BodyBlock = HeadingBlock | ParagraphBlock

/** Field keys, as the documents collection names them. */
export const extractedFields = [
  'title',
  'docNumber',
  'issuers',
  'writtenDate',
  'publishedDate',
  'effectiveDate',
  'expiresOn',
  'repealedOn',
  'interpretationBody',
  'disclosure',
  'indexNumber',
  'subject',
  'keywords',
  'attachments',
  'body',
] as const

export type ExtractedField = (typeof extractedFields)[number]

export const extractedFieldLabels: Record<ExtractedField, string> = {
  title: '标题',
  docNumber: '发文字号',
  issuers: '发文机关',
  writtenDate: '成文日期',
  publishedDate: '发布日期',
  effectiveDate: '施行日期',
  expiresOn: '有效期至',
  repealedOn: '废止日期',
  interpretationBody: '解读主体',
  disclosure: '公开属性',
  indexNumber: '索引号',
  subject: '主题分类',
  keywords: '关键词',
  attachments: '附件',
  body: '正文',
}

export type ExtractionReport = {
  fieldsFound: ExtractedField[]
  fieldsMissing: ExtractedField[]
  /** Chinese, for the editor: what to check before the draft is saved. */
  doubts: string[]
}

export type ExtractedDocument = {
  fileName?: string
  title?: Sourced<string>
  docNumber?: Sourced<DocumentNumberValue>
  /** In printed order: the signature's order when the file has one. */
  issuers: ExtractedIssuer[]
  writtenDate?: Sourced<string>
  publishedDate?: Sourced<string>
  effectiveDate?: Sourced<string>
  expiresOn?: Sourced<string>
  repealedOn?: Sourced<string>
  /** The name as written in "本文件由…负责解读". */
  interpretationBody?: Sourced<string>
  disclosure?: Sourced<DisclosureAttribute>
  indexNumber?: Sourced<string>
  subject?: Sourced<string>
  keywords?: Sourced<string[]>
  attachments?: Sourced<string[]>
  body: BodyBlock[]
  report: ExtractionReport
}
