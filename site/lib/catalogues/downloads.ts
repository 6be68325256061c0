/** The catalogue downloads: the same documents as the page, as CSV and as JSON. */
import type { Manifest } from '../../../core/snapshot/schema'
import { csvFile } from '../csv'
import { titlesById } from '../itemPages/versionPages'
import { catalogues, type CatalogueId } from './definitions'
import { allEntries, catalogueEntries } from './entries'
import { catalogueRow, csvColumns, type CatalogueRow } from './rows'

export type CatalogueJson = {
  catalogue: CatalogueId
  title: string
  /** The day every status was computed for. */
  statusAsOf: string
  documents: CatalogueRow[]
}

function rows(manifest: Manifest, id: CatalogueId, site: URL | undefined): CatalogueRow[] {
  const titles = titlesById(manifest)
  return allEntries(catalogueEntries(manifest, id)).map((document) => catalogueRow(document, site, titles))
}

export function catalogueCsv(manifest: Manifest, id: CatalogueId, site: URL | undefined): Response {
  const body = csvFile(
    csvColumns.map(([heading]) => heading),
    rows(manifest, id, site).map((row) => csvColumns.map(([, cell]) => cell(row))),
  )
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}

export function catalogueJson(manifest: Manifest, id: CatalogueId, site: URL | undefined): Response {
  const file: CatalogueJson = {
    catalogue: id,
    title: catalogues[id].title,
    statusAsOf: manifest.statusAsOf,
    documents: rows(manifest, id, site),
  }
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
