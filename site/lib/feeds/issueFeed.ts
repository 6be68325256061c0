/**
 * The Atom feed of gazette issues: one entry per published issue, newest first, with
 * its contents as the summary and the print PDF as an enclosure.
 */
import { issueLabelWithTotal } from '../../../core/issues/issueLabel'
import type { GazetteIssue, Manifest } from '../../../core/snapshot/schema'
import { chronological, entriesOf } from '../issues/issues'
import { entryId, entryUpdated, FEED_SIZE } from './atom'
import { escapeXml, siteAddress, textElement } from './xml'
import { issuePath, ISSUES_FEED_PATH } from '../../../core/addresses'

/** The later of the issue's last change and its publication day, as feeds of documents do. */
function updated(issue: GazetteIssue): string {
  return entryUpdated({ publishedDate: issue.publicationDate, updatedAt: issue.updatedAt })
}

function entryXml(issue: GazetteIssue, gazetteName: string, site: URL | undefined): string {
  const path = issuePath(issue)
  const contents = entriesOf(issue)
    .map((entry) => entry.title)
    .join('；')
  return [
    '<entry>',
    textElement('id', entryId(path, site)),
    textElement('title', `${gazetteName}${issueLabelWithTotal(issue)}`),
    `<link rel="alternate" type="text/html" href="${escapeXml(siteAddress(path, site))}"/>`,
    ...(issue.pdf
      ? [`<link rel="enclosure" type="application/pdf" length="${issue.pdf.bytes}" href="${escapeXml(siteAddress(issue.pdf.url, site))}"/>`]
      : []),
    textElement('published', `${issue.publicationDate}T00:00:00Z`),
    textElement('updated', updated(issue)),
    textElement('summary', contents),
    '</entry>',
  ].join('\n')
}

export function issuesFeed(manifest: Pick<Manifest, 'gazette' | 'generatedAt' | 'issues'>, site: URL | undefined): string {
  const issues = chronological(manifest.issues).reverse().slice(0, FEED_SIZE)
  const latest = issues.map(updated).sort().at(-1) ?? new Date(manifest.generatedAt).toISOString()
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    textElement('id', entryId(ISSUES_FEED_PATH, site)),
    textElement('title', `${manifest.gazette.name} - 各期公报`),
    textElement('updated', latest),
    `<author>${textElement('name', manifest.gazette.name)}</author>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(siteAddress(ISSUES_FEED_PATH, site))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(siteAddress('/issues/', site))}"/>`,
    ...issues.map((issue) => entryXml(issue, manifest.gazette.name, site)),
    '</feed>',
    '',
  ].join('\n')
}
