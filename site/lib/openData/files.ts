/** The open-data downloads as responses. */
import type { Manifest } from '../../../core/snapshot/schema'
import { csvFile } from '../csv'
import { openDataCell, openDataFields, openDataRows } from './fields'

export function documentsCsv(manifest: Manifest, site: URL | undefined): Response {
  const fields = openDataFields.map(([field]) => field)
  const rows = openDataRows(manifest, site).map((row) => fields.map((field) => openDataCell(row, field)))
  return new Response(csvFile(fields, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
}

export function documentsJson(manifest: Manifest, site: URL | undefined): Response {
  const file = {
    gazette: manifest.gazette.name,
    statusAsOf: manifest.statusAsOf,
    /** The gazette's kinds in its order: what the documents' kind codes mean. */
    kinds: manifest.gazette.kinds.map(({ value, label }) => ({ value, label })),
    documents: openDataRows(manifest, site),
  }
  return new Response(JSON.stringify(file, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
}
