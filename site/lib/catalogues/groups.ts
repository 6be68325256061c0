/** The two views of a catalogue: by issuing organisation and by year. */
import type { DocumentSummary, Manifest, PublicOrganization } from '../../../core/snapshot/schema'
import { yearOf } from '../format'

export type IssuerGroup = { organization: PublicOrganization; documents: DocumentSummary[] }
export type YearGroup = { year: string; documents: DocumentSummary[] }

/**
 * One group per issuing organisation, in the order the manifest lists organisations (the
 * office's own order). A joint document is listed under each of its issuers: a reader
 * looking for one organisation's documents expects to find it there.
 */
export function byIssuer(documents: readonly DocumentSummary[], manifest: Pick<Manifest, 'organizations'>): IssuerGroup[] {
  const order = new Map(manifest.organizations.map((organization, index) => [organization.slug, index]))
  const groups = new Map<string, IssuerGroup>()
  for (const document of documents) {
    for (const organization of document.issuers) {
      const group = groups.get(organization.slug) ?? { organization, documents: [] }
      group.documents.push(document)
      groups.set(organization.slug, group)
    }
  }
  const position = (slug: string) => order.get(slug) ?? Number.MAX_SAFE_INTEGER
  return [...groups.values()].sort(
    (a, b) =>
      position(a.organization.slug) - position(b.organization.slug) || a.organization.name.localeCompare(b.organization.name, 'zh-CN'),
  )
}

/** One group per year of 成文日期, newest first; documents keep their order. */
export function byYear(documents: readonly DocumentSummary[]): YearGroup[] {
  const groups = new Map<string, DocumentSummary[]>()
  for (const document of documents) {
    const year = yearOf(document.writtenDate)
    groups.set(year, [...(groups.get(year) ?? []), document])
  }
  return [...groups].map(([year, group]) => ({ year, documents: group })).sort((a, b) => b.year.localeCompare(a.year))
}
