/** The importer's extraction core: legacy text or web pages in, document drafts out. */
export { extractDocument, type ExtractOptions } from './extractDocument'
export { extractionToJson, type ExtractionJson } from './extractionJson'
export { isParsedPage, type ImportSource, type PageBlock, type ParsedPage } from './pageBlocks'
export {
  extractedFieldLabels,
  extractedFields,
  type BodyBlock,
  type DocumentNumberValue,
  type ExtractedDocument,
  type ExtractedField,
  type ExtractedIssuer,
  type ExtractionReport,
  type HeadingBlock,
  type IssuerOrigin,
  type ParagraphBlock,
  type Sourced,
} from './types'
