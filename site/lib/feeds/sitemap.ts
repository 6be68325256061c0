/** The sitemap: every public page that stands for itself (number redirects, citation addresses and 404 excluded). */
import type { Manifest } from '../../../core/snapshot/schema'
import { catalogueIds } from '../catalogues/definitions'
import { listContentPages } from '../contentPages'
import { numbersOf } from '../numbers/entries'
import { withdrawnNotices } from '../withdrawn'
import { escapeXml } from './xml'
import {
  cataloguePath,
  CATALOGUES_PATH,
  codePath,
  contentPagePath,
  DATA_PATH,
  documentPath,
  DOCUMENTS_PATH,
  HOME_PATH,
  interpretationPath,
  INTERPRETATIONS_PATH,
  issuePath,
  ISSUES_PATH,
  NUMBERS_PATH,
  orderIssuerPath,
  SEARCH_PATH,
  yearPath,
} from '../../../core/addresses'

export async function sitemapPaths(manifest: Manifest): Promise<string[]> {
  const parts = manifest.documents.flatMap((document) => numbersOf(document).map((number) => number.parts))
  const numberLists = parts.map((p) => (p.shape === 'standard' ? codePath(p.code) : orderIssuerPath(p.issuer)))
  const withdrawn = new Set(withdrawnNotices(manifest).map((notice) => notice.id))
  return [
    ...new Set([
      HOME_PATH,
      DOCUMENTS_PATH,
      INTERPRETATIONS_PATH,
      ISSUES_PATH,
      ...manifest.issues.map((issue) => yearPath(issue.year)),
      ...manifest.issues.map(issuePath),
      CATALOGUES_PATH,
      SEARCH_PATH,
      DATA_PATH,
      ...listContentPages().map((page) => contentPagePath(page.slug)),
      ...catalogueIds.map(cataloguePath),
      NUMBERS_PATH,
      ...numberLists,
      ...manifest.documents.filter((d) => !withdrawn.has(d.id)).map((d) => documentPath(d.id)),
      ...manifest.interpretations.map((i) => interpretationPath(i.id)),
    ]),
  ]
}

export function sitemapXml(paths: readonly string[], site: URL): string {
  const urls = paths.map((path) => `<url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}
