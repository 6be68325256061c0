/**
 * Every public address of the gazette site, in one place. The site's pages live at these
 * addresses and link with them; the publishing checks, the scripts that visit the site and
 * the tests name pages with them, so an address cannot drift between the page that serves
 * it and the code that points at it. Page addresses end in '/' (a static host serves
 * <address>index.html); segments that hold Chinese (代字, issuers) are percent-encoded so
 * links are valid URLs, and the host maps them back to the folders the build wrote.
 */
import type { GazetteIssue, PublicDocument } from './snapshot/schema'

const segment = (value: string | number): string => encodeURIComponent(String(value))

export const HOME_PATH = '/'

/** A page of the site's own text (about, help…), from content/pages/<slug>. */
export const contentPagePath = (slug: string): string => `/${slug}/`

// Documents and interpretations

export const DOCUMENTS_PATH = '/documents/'
export const documentPath = (id: string): string => `${DOCUMENTS_PATH}${id}/`
/** A version of a document (1-based, issue 22), and what changed in it against the version before. */
export const versionPath = (id: string, version: number): string => `${documentPath(id)}versions/${version}/`
export const versionChangesPath = (id: string, version: number): string => `${versionPath(id, version)}changes/`
/** Any two versions compared (a document with three or more): the form, and the page of one pair, earlier first. */
export const versionComparePath = (id: string): string => `${documentPath(id)}compare/`
export const versionPairPath = (id: string, from: number, to: number): string => `${versionComparePath(id)}${from}-${to}/`
/**
 * Where the comparison of version `from` with a later version `to` is: two consecutive
 * versions are compared on the later one's changes page, so one comparison has one address.
 */
export const comparisonPath = (id: string, from: number, to: number): string =>
  to === from + 1 ? versionChangesPath(id, to) : versionPairPath(id, from, to)
/** The document as it stood on a day, answered in the browser from the page's version index. */
export const documentOnDatePath = (id: string, date: string): string => `${documentPath(id)}?date=${date}`

export const INTERPRETATIONS_PATH = '/interpretations/'
export const interpretationPath = (id: string): string => `${INTERPRETATIONS_PATH}${id}/`

/** The page of an issue's entry, a document or an interpretation. */
export const entryPath = (entry: { kind: 'document' | 'interpretation'; id: string }): string =>
  entry.kind === 'document' ? documentPath(entry.id) : interpretationPath(entry.id)

// Gazette issues

export const ISSUES_PATH = '/issues/'

type IssueRef = Pick<GazetteIssue, 'year' | 'issueNumber'>

export const yearPath = (year: number): string => `${ISSUES_PATH}${year}/`
export const issuePath = (issue: IssueRef): string => `${yearPath(issue.year)}${issue.issueNumber}/`
/** The citation resolver: what is printed on page P of an issue. */
export const pagePath = (issue: IssueRef, page: number): string => `${issuePath(issue)}${page}/`

// Document numbers. A code always contains Han characters (the CMS refuses one without),
// so the segment "orders" can never be a code.

/** 代字 + year + serial, or issuer + serial for orders: what a number address is made of. */
export type NumberParts = NonNullable<PublicDocument['docNumberParts']>

export const NUMBERS_PATH = '/numbers/'

export const codePath = (code: string): string => `${NUMBERS_PATH}${segment(code)}/`

export const orderIssuerPath = (issuer: string): string => `${NUMBERS_PATH}orders/${segment(issuer)}/`

/** The stable address of one number: /numbers/<code>/<year>/<serial>/ or /numbers/orders/<issuer>/<serial>/. */
export function numberPath(parts: NumberParts): string {
  return parts.shape === 'standard'
    ? `${codePath(parts.code)}${parts.year}/${parts.serial}/`
    : `${orderIssuerPath(parts.issuer)}${parts.serial}/`
}

/** The exact-lookup file holding every number that shares this number's code or issuer. */
export function lookupPath(parts: NumberParts): string {
  return `${parts.shape === 'standard' ? codePath(parts.code) : orderIssuerPath(parts.issuer)}index.json`
}

/** A path as readers should see it: /numbers/运政办发/2022/18/. */
export const readablePath = (path: string): string => decodeURI(path)

// Search

export const SEARCH_PATH = '/search/'
/** The search page address that runs a search for the words. */
export const searchPath = (query: string): string => `${SEARCH_PATH}?q=${encodeURIComponent(query)}`
/** One shard of the name index the search page fetches (site/lib/search/nameIndex.ts). */
export const nameShardPath = (shard: number): string => `${SEARCH_PATH}names/${shard}.json`

// Catalogues of normative documents (ids: site/lib/catalogues/definitions.ts)

export const CATALOGUES_PATH = '/catalogues/'
export const cataloguePath = (id: string): string => `${CATALOGUES_PATH}${id}/`
export const catalogueFile = (id: string, format: 'csv' | 'json'): string => `${CATALOGUES_PATH}${id}.${format}`

// Open data and feeds

export const DATA_PATH = '/data/'
export const openDataFile = (format: 'csv' | 'json'): string => `${DATA_PATH}documents.${format}`

export const ALL_FEED_PATH = '/feeds/documents.xml'
export const ISSUES_FEED_PATH = '/feeds/issues.xml'
export const issuerFeedPath = (slug: string): string => `/feeds/issuers/${slug}.xml`
export const kindFeedPath = (kind: string): string => `/feeds/kinds/${kind}.xml`

// Files for machines

export const SITEMAP_PATH = '/sitemap.xml'
export const ROBOTS_PATH = '/robots.txt'
/** When the site's statuses were computed and when one next changes (scheduled rebuilds read it). */
export const STATUS_PATH = '/status.json'

// Verification (the publication log, cms/verify/ and core/verify/)

export const VERIFY_PATH = '/verify/'
/** The history of one item in the publication log, shown by the verify page. */
export const itemHistoryPath = (item: { type: 'document' | 'interpretation' | 'issue'; id: string }): string =>
  `${VERIFY_PATH}?item=${item.type}/${encodeURIComponent(item.id)}`
/** The log's files: written by the build into the site's verify/ folder, read by the page and `npm run verify`. */
export const verifyFiles = {
  keys: 'keys.json',
  head: 'log/head.json',
  /** Every batch's header, so that a reader checks a proof without downloading whole batches. */
  headers: 'log/headers.json',
  batch: (batch: number) => `log/batches/${batch}.json`,
  lookup: (shard: string) => `log/lookup/${shard}.json`,
  /** One entry with its inclusion proof: written once, never changed. */
  entry: (seq: number) => `log/entries/${seq}.json`,
} as const
