/**
 * A catalogue entry as the downloads hold it. The JSON field names are stable English
 * names, part of the public interface; the CSV columns are their Chinese headings.
 */
import { validityStatusLabels, type ValidityStatus } from '../../../core/documents/validity'
import type { DocumentSummary } from '../../../core/snapshot/schema'
import { documentPath } from '../../../core/addresses'
import type { TitlesById } from '../history/versionView'
import { downloadVersions, siteAddress, versionsCell, type DownloadVersion } from '../openData/versions'

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
  /** How many versions (issue 22): 1 for a document never amended. */
  versionCount: number
  /** Every version, oldest first, as open data gives them (openData/versions.ts). */
  versions: DownloadVersion[]
}

/** One catalogue entry; `titles` name the amending documents of its versions. */
export function catalogueRow(document: DocumentSummary, site: URL | undefined, titles: TitlesById): CatalogueRow {
  const versions = downloadVersions(document, titles, site)
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
    url: siteAddress(documentPath(document.id), site),
    versionCount: versions.length,
    versions,
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
  // Last, so that the columns before keep their places for spreadsheets reading them by position.
  ['版本数', (row) => String(row.versionCount)],
  ['历次版本', (row) => versionsCell(row.versions, row.title)],
]
