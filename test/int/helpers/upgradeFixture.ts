/**
 * The database an earlier release made (test/fixtures/upgrade/), kept in the repository
 * as an SQL dump, never as a database file: the test builds the SQLite file from it where
 * it needs one. Node's own SQLite runs the dump, so no sqlite3 tool is needed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'

export const upgradeRelease = '2026-11-26-a44c743'
export const upgradeFixtureDir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'upgrade')

/** Writes the old release's database to `file` (which must not exist yet). */
export function writeUpgradeDatabase(file: string): void {
  const db = new DatabaseSync(file)
  try {
    db.exec(fs.readFileSync(path.join(upgradeFixtureDir, `${upgradeRelease}.sql`), 'utf8'))
  } finally {
    db.close()
  }
}
