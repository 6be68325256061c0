/** The sitemap: every public page that stands for itself (number redirects, citation addresses and 404 excluded). */
import type { Manifest } from '../../../core/snapshot/schema'
import { catalogueIds, cataloguePath } from '../catalogues/definitions'
import { listContentPages } from '../contentPages'
import { issuePath, ISSUES_PATH, yearPath } from '../issues/addresses'
import { codePath, NUMBERS_PATH, orderIssuerPath } from '../numbers/addresses'
import { numbersOf } from '../numbers/entries'
import { withdrawnNotices } from '../withdrawn'
import { escapeXml } from './xml'

export async function sitemapPaths(manifest: Manifest): Promise<string[]> {
  const parts = manifest.documents.flatMap((document) => numbersOf(document).map((number) => number.parts))
  const numberLists = parts.map((p) => (p.shape === 'standard' ? codePath(p.code) : orderIssuerPath(p.issuer)))
  const withdrawn = new Set(withdrawnNotices(manifest).map((notice) => notice.id))
  return [
    ...new Set([
      '/',
      '/documents/',
      '/interpretations/',
      ISSUES_PATH,
      ...manifest.issues.map((issue) => yearPath(issue.year)),
      ...manifest.issues.map(issuePath),
      '/catalogues/',
      '/search/',
      '/data/',
      ...listContentPages().map((page) => `/${page.slug}/`),
      ...catalogueIds.map(cataloguePath),
      NUMBERS_PATH,
      ...numberLists,
      ...manifest.documents.filter((d) => !withdrawn.has(d.id)).map((d) => `/documents/${d.id}/`),
      ...manifest.interpretations.map((i) => `/interpretations/${i.id}/`),
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
