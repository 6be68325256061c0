/**
 * A catalogue entry as the downloads hold it. The JSON field names are stable English
 * names, part of the public interface; the CSV columns are their Chinese headings.
 */
import { validityStatusLabels, type ValidityStatus } from '../../../core/documents/validity'
import type { DocumentSummary } from '../../../core/snapshot/schema'
import { documentPath } from '../../../core/addresses'

export type CatalogueRow = {
  id: string
  title: string
  docNumber: string | null
  unifiedNumber: string | null
  issuers: string[]
  writtenDate: string
  effectiveDate: string | null
  expiresOn: string | null
  repealedOn: string | null
  status: ValidityStatus
  /** 有效性 in Chinese, as on the page. */
  statusLabel: string
  /** The document page: absolute when the site's origin is known, site-relative otherwise. */
  url: string
}

export function catalogueRow(document: DocumentSummary, site: URL | undefined): CatalogueRow {
  const path = documentPath(document.id)
  return {
    id: document.id,
    title: document.title,
    docNumber: document.docNumber,
    unifiedNumber: document.unifiedNumber,
    issuers: document.issuers.map((issuer) => issuer.name),
    writtenDate: document.writtenDate,
    effectiveDate: document.effectiveDate,
    expiresOn: document.expiresOn,
    repealedOn: document.repealedOn,
    status: document.status,
    statusLabel: validityStatusLabels[document.status],
    url: site ? new URL(path, site).href : path,
  }
}

/** CSV headings and how each cell is read from a row, in column order. */
export const csvColumns: ReadonlyArray<readonly [string, (row: CatalogueRow) => string | null]> = [
  ['标题', (row) => row.title],
  ['发文字号', (row) => row.docNumber],
  ['统一编号', (row) => row.unifiedNumber],
  // The same separator as the page's joint issuers would be lost in a spreadsheet cell; 、 reads as a list.
  ['发文机关', (row) => row.issuers.join('、')],
  ['成文日期', (row) => row.writtenDate],
  ['施行日期', (row) => row.effectiveDate],
  ['有效期至', (row) => row.expiresOn],
  ['废止日期', (row) => row.repealedOn],
  ['有效性', (row) => row.statusLabel],
  ['网址', (row) => row.url],
]
