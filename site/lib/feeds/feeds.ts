/**
 * Which feeds the site publishes, and their entries: the manifest's document summaries, which
 * carry when each published version last changed (reading every document for it took 2.3 s
 * of each build at 10,000 documents).
 */
import type { DocumentKindDefinition } from '../../../core/documents/documentKinds'
import type { Manifest, PublicOrganization } from '../../../core/snapshot/schema'
import type { Feed } from './atom'
import { ALL_FEED_PATH, issuerFeedPath, kindFeedPath } from '../../../core/addresses'

/** Organisations that issued at least one public document (a 解读主体 alone gets no feed). */
export function issuingOrganizations(manifest: Manifest): PublicOrganization[] {
  const issuing = new Set(manifest.documents.flatMap((document) => document.issuers.map((issuer) => issuer.slug)))
  return manifest.organizations.filter((organization) => issuing.has(organization.slug))
}

/** The gazette's kinds that have a feed (the feed rule) and at least one public document, in the list's order. */
export function publishedKinds(manifest: Manifest): DocumentKindDefinition[] {
  const held = new Set(manifest.documents.map((document) => document.kind))
  return manifest.gazette.kinds.filter((kind) => kind.feed && held.has(kind.value))
}

export function allFeed(manifest: Manifest): Feed {
  return { path: ALL_FEED_PATH, title: `${manifest.gazette.name} - 最新文件`, entries: manifest.documents }
}

export function issuerFeed(manifest: Manifest, organization: PublicOrganization): Feed {
  return {
    path: issuerFeedPath(organization.slug),
    title: `${manifest.gazette.name} - ${organization.name}发布的文件`,
    entries: manifest.documents.filter((entry) => entry.issuers.some((issuer) => issuer.slug === organization.slug)),
  }
}

export function kindFeed(manifest: Manifest, kind: DocumentKindDefinition): Feed {
  return {
    path: kindFeedPath(kind.value),
    title: `${manifest.gazette.name} - ${kind.label}`,
    entries: manifest.documents.filter((entry) => entry.kind === kind.value),
  }
}
