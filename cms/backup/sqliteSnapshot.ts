/**
 * A consistent copy of the SQLite database while the CMS may be writing to it: `VACUUM
 * INTO` on a second, read-only connection reads the database inside one read transaction
 * and writes a compact, self-contained file (no WAL beside it). Node's built-in
 * node:sqlite (Node 22.13 and later) opens that connection, so the backup needs no Payload instance and no
 * dependency of its own; it waits for a writer's lock like the CMS does (busyTimeout).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseSync as DatabaseSyncType } from 'node:sqlite'

/** Loaded when used, out of sight of Next's bundler (the scheduled backup runs in the served app). */
function open(file: string, options: { readOnly: boolean; timeout?: number }): DatabaseSyncType {
  const { DatabaseSync } = process.getBuiltinModule('node:sqlite') as { DatabaseSync: typeof DatabaseSyncType }
  return new DatabaseSync(file, options)
}

export function snapshotSqlite(sourceFile: string, targetFile: string): void {
  if (!fs.existsSync(sourceFile)) throw new Error(`数据库文件 ${sourceFile} 不存在（DATABASE_URI / DATA_DIR）。`)
  fs.mkdirSync(path.dirname(targetFile), { recursive: true })
  const database = open(sourceFile, { readOnly: true, timeout: 10_000 })
  try {
    database.prepare('VACUUM INTO ?').run(targetFile)
  } finally {
    database.close()
  }
}

/** The file names an upload collection's rows point to, read from the snapshot (to spot files deleted during the backup). */
export function uploadFileNames(databaseFile: string, table: string): string[] {
  const database = open(databaseFile, { readOnly: true })
  try {
    const exists = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)
    if (!exists) return []
    return database
      .prepare(`SELECT filename FROM "${table.replace(/"/g, '')}" WHERE filename IS NOT NULL`)
      .all()
      .map((row) => String(row.filename))
  } finally {
    database.close()
  }
}

/** The file path of a `file:` SQLite URL. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:(\/\/)?/, ''))
}
