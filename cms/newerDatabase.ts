/**
 * An older gongbao must never open a database a newer one has migrated: its schema
 * would not match the tables, and whatever it wrote could break the newer release's
 * data. Every SQLite database records the migrations applied to it (payload_migrations);
 * one this code does not have means the database is newer than the code. Checked before
 * the migrations run, so nothing is written to a database that is refused.
 */
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

/** The row Payload writes when a schema is pushed in development instead of migrated. */
const pushedSchemaMarker = 'dev'

export class NewerDatabaseError extends Error {
  constructor(readonly migration: string) {
    super(`数据库由较新版本的 gongbao 创建（迁移 ${migration} 不在本版本中），请升级代码后再启动；不要用旧版本打开新数据库。`)
    this.name = 'NewerDatabaseError'
  }
}

/** The first migration the database lists that the code does not know, if any. */
export function unknownMigration(applied: readonly string[], known: readonly string[]): string | undefined {
  const knownNames = new Set(known)
  return [...applied].sort().find((name) => name !== pushedSchemaMarker && !knownNames.has(name))
}

/** Names the database's payload_migrations table lists; none on a database never migrated. */
async function appliedMigrations(payload: Payload): Promise<string[]> {
  const { client } = payload.db as unknown as SQLiteAdapter
  const table = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
  if (table.rows.length === 0) return []
  const { rows } = await client.execute('SELECT name FROM payload_migrations')
  return rows.map((row) => String(row.name))
}

/** Throws NewerDatabaseError when the SQLite database lists a migration the code does not have. */
export async function refuseNewerDatabase(payload: Payload, known: readonly string[]): Promise<void> {
  const unknown = unknownMigration(await appliedMigrations(payload), known)
  if (unknown) throw new NewerDatabaseError(unknown)
}
