/**
 * The open-data catalogue (/data/documents.json and .csv): one row per public document.
 * Field names are stable English names, part of the site's public interface; each field
 * carries its Chinese explanation for the /data/ page, so the files and the page never drift.
 */
import type { DocumentKindDefinition } from '../../../core/documents/documentKinds'
import { validityStatusLabels, type ValidityStatus } from '../../../core/documents/validity'
import type { DocumentSummary, Manifest } from '../../../core/snapshot/schema'
import { documentPath } from '../../../core/addresses'
import type { TitlesById } from '../history/versionView'
import { titlesById } from '../itemPages/versionPages'
import { kindLabel } from '../labels'
import { downloadVersions, siteAddress, versionsCell, type DownloadVersion } from './versions'

export type OpenDataRow = {
  id: string
  url: string
  title: string
  docNumber: string | null
  docNumberRaw: string | null
  unifiedNumber: string | null
  kind: string
  kindLabel: string
  issuers: string[]
  writtenDate: string
  publishedDate: string
  effectiveDate: string | null
  expiresOn: string | null
  repealedOn: string | null
  status: ValidityStatus
  statusLabel: string
  statusAsOf: string
  versionCount: number
  versions: DownloadVersion[]
}

export type OpenDataField = keyof OpenDataRow

/** Joint issuers in one CSV cell: a full-width semicolon, which no organisation name contains. */
export const ISSUER_SEPARATOR = '；'

/** Every field in file order, with its meaning in Chinese. */
export const openDataFields: ReadonlyArray<readonly [OpenDataField, string]> = [
  ['id', '文件的稳定标识，文件页面地址为 /documents/<id>/'],
  ['url', '文件页面的网址（配置了网站地址时为完整网址，否则为站内路径）'],
  ['title', '文件标题'],
  ['docNumber', '发文字号（按 GB/T 9704 规范化；无法规范化时照录）'],
  ['docNumberRaw', '发文字号原文，与原件一致'],
  ['unifiedNumber', '统一编号（规范性文件）'],
  ['kind', '文种代码，如 normative-government；本站全部文种的代码和名称见本页“文种”一节'],
  ['kindLabel', '文种名称，如“行政规范性文件”'],
  ['issuers', '发文机关；联合发文按印发顺序列出（JSON 为数组，CSV 以“；”分隔）'],
  ['writtenDate', '成文日期（YYYY-MM-DD）'],
  ['publishedDate', '发布日期（YYYY-MM-DD）'],
  ['effectiveDate', '施行日期（YYYY-MM-DD），未规定时为空'],
  ['expiresOn', '有效期至（YYYY-MM-DD），未规定时为空'],
  ['repealedOn', '废止日期（YYYY-MM-DD），未废止时为空'],
  ['status', '有效性代码：not-yet-in-force、in-force、amended、repealed、expired'],
  ['statusLabel', '有效性名称，如“有效”“已废止”'],
  ['statusAsOf', '有效性的计算日期（YYYY-MM-DD），即本站生成之日'],
  ['versionCount', '版本数：原文及其后每次修正、修订、勘误各算一个版本，从未修改的文件为 1'],
  [
    'versions',
    '历次版本，由早到晚。JSON 为数组，每项含 number（序号）、label（版本名称，如“2022年第一次修正”）、kind（类别代码：original、amendment、revision、correction）、kindLabel（原文、修正、修订、勘误）、title（该版本的标题，修订后可能改名）、promulgatedDate（公布日期）、effectiveDate（施行日期）、until（该文本有效的最后一天，未知时为空）、amendedBy（修改文件：本站文件为 type、id、title、url，站外文件为 type 和 text 引文，原文为空）、url（该版本文本的网址；只有一个版本的文件为文件页面）。CSV 以“；”分隔，每项为版本名称、与现行标题不同时的标题（加书名号）和日期，如“原文（2019-12-20公布，2020-01-01施行）”',
  ],
]

/** One document's row; `titles` name the amending documents of its versions. */
export function openDataRow(
  document: DocumentSummary,
  kinds: readonly DocumentKindDefinition[],
  statusAsOf: string,
  site: URL | undefined,
  titles: TitlesById,
): OpenDataRow {
  const versions = downloadVersions(document, titles, site)
  return {
    id: document.id,
    url: siteAddress(documentPath(document.id), site),
    title: document.title,
    docNumber: document.docNumber,
    docNumberRaw: document.docNumberRaw,
    unifiedNumber: document.unifiedNumber,
    kind: document.kind,
    kindLabel: kindLabel(kinds, document.kind),
    issuers: document.issuers.map((issuer) => issuer.name),
    writtenDate: document.writtenDate,
    publishedDate: document.publishedDate,
    effectiveDate: document.effectiveDate,
    expiresOn: document.expiresOn,
    repealedOn: document.repealedOn,
    status: document.status,
    statusLabel: validityStatusLabels[document.status],
    statusAsOf,
    versionCount: versions.length,
    versions,
  }
}

/** Every public document, in the manifest's order (newest publication first). */
export function openDataRows(manifest: Manifest, site: URL | undefined): OpenDataRow[] {
  const titles = titlesById(manifest)
  return manifest.documents.map((document) => openDataRow(document, manifest.gazette.kinds, manifest.statusAsOf, site, titles))
}

/** A field's value as one CSV cell. */
export function openDataCell(row: OpenDataRow, field: OpenDataField): string | null {
  if (field === 'versions') return versionsCell(row.versions, row.title)
  if (field === 'issuers') return row.issuers.join(ISSUER_SEPARATOR)
  const value = row[field]
  return typeof value === 'number' ? String(value) : value
}
