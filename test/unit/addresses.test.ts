/**
 * Every page the site builds lives at an address core/addresses.ts gives: each route file
 * under site/pages is reached by one of the addresses below, and each address below is a
 * route the site builds. A page moved without its address (or an address changed without
 * its page) fails here instead of leaving dead links in the admin, the checks and the feeds.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  ALL_FEED_PATH,
  CATALOGUES_PATH,
  DATA_PATH,
  DOCUMENTS_PATH,
  HOME_PATH,
  INTERPRETATIONS_PATH,
  ISSUES_FEED_PATH,
  ISSUES_PATH,
  NUMBERS_PATH,
  ROBOTS_PATH,
  SEARCH_PATH,
  SITEMAP_PATH,
  STATUS_PATH,
  VERIFY_PATH,
  catalogueFile,
  cataloguePath,
  codePath,
  comparisonPath,
  contentPagePath,
  documentPath,
  entryPath,
  interpretationPath,
  issuePath,
  issuerFeedPath,
  kindFeedPath,
  lookupPath,
  nameShardPath,
  numberPath,
  openDataFile,
  orderIssuerPath,
  pagePath,
  readablePath,
  searchPath,
  versionChangesPath,
  versionComparePath,
  versionPairPath,
  versionPath,
  yearPath,
} from '../../core/addresses'

const pagesDir = path.resolve(import.meta.dirname, '..', '..', 'site', 'pages')

/** The route a page file serves, Astro's way: documents/[id].astro → /documents/[id]/, data/documents.csv.ts → /data/documents.csv. */
function routeOf(file: string): string {
  const relative = path.relative(pagesDir, file).split(path.sep).join('/')
  if (relative.endsWith('.ts')) return `/${relative.slice(0, -'.ts'.length)}`
  const page = relative.slice(0, -'.astro'.length)
  if (page === 'index') return '/'
  return `/${page.endsWith('/index') ? page.slice(0, -'index'.length) : `${page}/`}`
}

const routes = fs
  .readdirSync(pagesDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
  .map((entry) => routeOf(path.join(entry.parentPath, entry.name)))
  // The host serves 404.html for any unknown address; nothing links to it.
  .filter((route) => route !== '/404/')

const issue = { year: 2022, issueNumber: 6 }
const standard = { shape: 'standard', code: '运政办发', year: 2022, serial: 18 } as const
const order = { shape: 'order', issuer: '运城市人民政府', serial: 3 } as const

const addresses = [
  HOME_PATH,
  contentPagePath('about'),
  DOCUMENTS_PATH,
  documentPath('2022-yunzhengbanfa-18'),
  versionPath('2022-yunzhengbanfa-18', 2),
  versionChangesPath('2022-yunzhengbanfa-18', 2),
  versionComparePath('2022-yunzhengbanfa-18'),
  versionPairPath('2022-yunzhengbanfa-18', 1, 3),
  INTERPRETATIONS_PATH,
  interpretationPath('jiedu-1'),
  ISSUES_PATH,
  yearPath(2022),
  issuePath(issue),
  pagePath(issue, 12),
  NUMBERS_PATH,
  codePath(standard.code),
  numberPath(standard),
  lookupPath(standard),
  orderIssuerPath(order.issuer),
  numberPath(order),
  lookupPath(order),
  SEARCH_PATH,
  nameShardPath(3),
  CATALOGUES_PATH,
  cataloguePath('in-force'),
  catalogueFile('in-force', 'csv'),
  catalogueFile('in-force', 'json'),
  DATA_PATH,
  openDataFile('csv'),
  openDataFile('json'),
  ALL_FEED_PATH,
  ISSUES_FEED_PATH,
  issuerFeedPath('yuncheng'),
  kindFeedPath('rule'),
  SITEMAP_PATH,
  ROBOTS_PATH,
  STATUS_PATH,
  VERIFY_PATH,
].map(readablePath)

/** A route as a pattern: each [param] stands for one path segment (or the part of one before an extension). */
function pattern(route: string): RegExp {
  const escaped = route.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\\?\[[^\]/]+\]/g, '[^/.]+')
  return new RegExp(`^${escaped}$`)
}

describe('public addresses', () => {
  it('finds the site’s routes (the walk is not vacuous)', () => {
    expect(routes).toContain('/documents/[id]/')
    expect(routes).toContain('/issues/[year]/[issue]/[page]/')
    expect(routes).toContain('/data/documents.csv')
  })

  it.each(routes)('the route %s has an address in core/addresses.ts', (route) => {
    expect(addresses.filter((address) => pattern(route).test(address))).not.toEqual([])
  })

  it.each(addresses)('the address %s is a route the site builds', (address) => {
    expect(routes.filter((route) => pattern(route).test(address))).not.toEqual([])
  })

  it('spells the addresses other code depends on', () => {
    expect(documentPath('2022-0012')).toBe('/documents/2022-0012/')
    expect(interpretationPath('j-1')).toBe('/interpretations/j-1/')
    expect(entryPath({ kind: 'document', id: 'a' })).toBe(documentPath('a'))
    expect(entryPath({ kind: 'interpretation', id: 'a' })).toBe(interpretationPath('a'))
    expect(issuePath(issue)).toBe('/issues/2022/6/')
    expect(pagePath(issue, 12)).toBe('/issues/2022/6/12/')
    expect(numberPath(standard)).toBe('/numbers/%E8%BF%90%E6%94%BF%E5%8A%9E%E5%8F%91/2022/18/')
    expect(readablePath(numberPath(order))).toBe('/numbers/orders/运城市人民政府/3/')
    expect(searchPath('物业 管理')).toBe('/search/?q=%E7%89%A9%E4%B8%9A%20%E7%AE%A1%E7%90%86')
    expect(comparisonPath('a', 1, 3)).toBe('/documents/a/compare/1-3/')
    // Consecutive versions are compared on the later one's changes page: one comparison, one address.
    expect(comparisonPath('a', 2, 3)).toBe(versionChangesPath('a', 3))
  })
})
