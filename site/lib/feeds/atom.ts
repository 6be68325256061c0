/**
 * Atom 1.0 feeds (RFC 4287) of newly published documents. Every text is escaped; ids are
 * the documents' absolute addresses when the site's origin is known, else tag: URIs
 * (RFC 4151), which are permanent without one.
 */
import type { DocumentKindDefinition } from '../../../core/documents/documentKinds'
import type { DocumentSummary, Manifest } from '../../../core/snapshot/schema'
import { kindLabel } from '../labels'
import { escapeXml, siteAddress, textElement } from './xml'
import { documentPath } from '../../../core/addresses'

/** How many of the newest documents a feed lists. */
export const FEED_SIZE = 50

const TAG_AUTHORITY = 'tag:gongbao,2025:'

/** A document summary as a feed lists it; `updatedAt`: when its published version last changed (ISO 8601). */
export type FeedEntry = Pick<DocumentSummary, 'id' | 'title' | 'docNumber' | 'issuers' | 'kind' | 'publishedDate' | 'updatedAt'>

export type Feed = {
  /** The feed's own site path, e.g. /feeds/documents.xml. */
  path: string
  title: string
  entries: readonly FeedEntry[]
}

export function entryId(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : `${TAG_AUTHORITY}${path}`
}

/** The later of the version's change time and the start of its publication day, as RFC 3339. */
export function entryUpdated(entry: Pick<FeedEntry, 'publishedDate' | 'updatedAt'>): string {
  const published = `${entry.publishedDate}T00:00:00Z`
  const updated = new Date(entry.updatedAt)
  return Number.isNaN(updated.getTime()) || updated.toISOString() < published ? published : updated.toISOString()
}

function entryXml(entry: FeedEntry, kinds: readonly DocumentKindDefinition[], site: URL | undefined): string {
  const path = documentPath(entry.id)
  const summary = [entry.docNumber, entry.issuers.map((issuer) => issuer.name).join('、'), kindLabel(kinds, entry.kind)]
    .filter((part): part is string => Boolean(part))
    .join('　')
  return [
    '<entry>',
    textElement('id', entryId(path, site)),
    textElement('title', entry.title),
    `<link rel="alternate" type="text/html" href="${escapeXml(siteAddress(path, site))}"/>`,
    textElement('published', `${entry.publishedDate}T00:00:00Z`),
    textElement('updated', entryUpdated(entry)),
    ...entry.issuers.map((issuer) => `<author>${textElement('name', issuer.name)}</author>`),
    `<category term="${escapeXml(entry.kind)}" label="${escapeXml(kindLabel(kinds, entry.kind))}"/>`,
    textElement('summary', summary),
    '</entry>',
  ].join('\n')
}

export function atomFeed(feed: Feed, manifest: Pick<Manifest, 'gazette' | 'generatedAt'>, site: URL | undefined): string {
  const entries = [...feed.entries]
    .sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, FEED_SIZE)
  const updated = entries.map(entryUpdated).sort().at(-1) ?? new Date(manifest.generatedAt).toISOString()
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    textElement('id', entryId(feed.path, site)),
    textElement('title', feed.title),
    textElement('updated', updated),
    `<author>${textElement('name', manifest.gazette.name)}</author>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(siteAddress(feed.path, site))}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(siteAddress('/', site))}"/>`,
    ...entries.map((entry) => entryXml(entry, manifest.gazette.kinds, site)),
    '</feed>',
    '',
  ].join('\n')
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
