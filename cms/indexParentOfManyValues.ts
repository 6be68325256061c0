/**
 * Payload stores hasMany text and number fields in `<table>_texts` / `<table>_numbers`
 * with one index on (order, parent_id). Every read of a row looks its values up by
 * parent_id, which that index cannot serve: SQLite scans the whole table once per row
 * (13 s of the 10,000-document export went there). An index on parent_id alone makes
 * each lookup a seek. Applied by the committed migration, declared here so that the
 * schema Payload compares migrations against has it too.
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'

const manyValueTable = /_(texts|numbers)$/

export const indexParentOfManyValues: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!manyValueTable.test(name) || !table.parent) continue
    extendTable({ table, extraConfig: (columns) => ({ parentIdx: index(`${name}_parent_idx`).on(columns.parent) }) })
  }
  return schema
}
