/**
 * The extraction as the importer's `--dry-run --json` prints it: one object per file,
 * keyed by the documents collection's field names, null where the file states nothing.
 * Sources are left out (they are for the review screen); issuers and the interpretation
 * body are names, since matching them to organisation records is the importer's next step.
 */
import type { DisclosureAttribute } from '../documents/disclosure'
import type { BodyBlock, ExtractedDocument, ExtractionReport } from './types'

export type ExtractionJson = {
  fileName: string | null
  title: string | null
  docNumberRaw: string | null
  /** Strict form, or null when there is no number or it cannot be read. */
  docNumber: string | null
  issuers: string[]
  writtenDate: string | null
  publishedDate: string | null
  effectiveDate: string | null
  expiresOn: string | null
  repealedOn: string | null
  interpretationBody: string | null
  disclosure: DisclosureAttribute | null
  indexNumber: string | null
  subject: string | null
  keywords: string[]
  attachments: string[]
  body: BodyBlock[]
  report: ExtractionReport
}

export function extractionToJson(extracted: ExtractedDocument): ExtractionJson {
  return {
    fileName: extracted.fileName ?? null,
    title: extracted.title?.value ?? null,
    docNumberRaw: extracted.docNumber?.value.raw ?? null,
    docNumber: extracted.docNumber?.value.strict ?? null,
    issuers: extracted.issuers.map((issuer) => issuer.value),
    writtenDate: extracted.writtenDate?.value ?? null,
    publishedDate: extracted.publishedDate?.value ?? null,
    effectiveDate: extracted.effectiveDate?.value ?? null,
    expiresOn: extracted.expiresOn?.value ?? null,
    repealedOn: extracted.repealedOn?.value ?? null,
    interpretationBody: extracted.interpretationBody?.value ?? null,
    disclosure: extracted.disclosure?.value ?? null,
    indexNumber: extracted.indexNumber?.value ?? null,
    subject: extracted.subject?.value ?? null,
    keywords: extracted.keywords?.value ?? [],
    attachments: extracted.attachments?.value ?? [],
    body: extracted.body,
    report: extracted.report,
  }
}
