/**
 * The report that goes with every extraction: which fields were found, which were not,
 * and the doubts the editor should settle before saving the draft.
 */
import { extractedFields, type ExtractedDocument, type ExtractedField, type ExtractionReport } from './types'

function isFound(doc: Omit<ExtractedDocument, 'report'>, field: ExtractedField): boolean {
  switch (field) {
    case 'issuers':
      return doc.issuers.length > 0
    case 'body':
      return doc.body.length > 0
    case 'keywords':
    case 'attachments':
      return (doc[field]?.value.length ?? 0) > 0
    default:
      return doc[field] !== undefined
  }
}

// Fields every gazette document has; their absence is a doubt, not just a gap.
const REQUIRED_DOUBTS: Partial<Record<ExtractedField, string>> = {
  title: '未能识别标题',
  issuers: '未找到发文机关',
  writtenDate: '未找到成文日期',
  body: '未找到正文',
}

export function buildReport(doc: Omit<ExtractedDocument, 'report'>, doubts: readonly string[]): ExtractionReport {
  const fieldsFound = extractedFields.filter((field) => isFound(doc, field))
  const fieldsMissing = extractedFields.filter((field) => !isFound(doc, field))
  const required = fieldsMissing.flatMap((field) => REQUIRED_DOUBTS[field] ?? [])
  return { fieldsFound, fieldsMissing, doubts: [...new Set([...required, ...doubts])] }
}

/** The result for input that holds nothing to extract. */
export function emptyExtraction(doubt: string, fileName?: string): ExtractedDocument {
  const doc = { ...(fileName === undefined ? {} : { fileName }), issuers: [], body: [] }
  const report = buildReport(doc, [])
  return { ...doc, report: { ...report, doubts: [doubt, ...report.doubts] } }
}
