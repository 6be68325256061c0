/**
 * The one place that chooses the database. DATABASE_URI:
 * - unset: an embedded SQLite file under the data folder (.data/gongbao.db);
 * - file:<path>: an SQLite file at that path;
 * - mongodb://… or mongodb+srv://…: MongoDB (production).
 * SQLite never pushes its schema: committed migrations are applied on start, in
 * development and production alike, so the two cannot drift apart.
 */
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { withAtomicWrites } from './atomicWrites'
import { indexParentOfManyValues } from './indexParentOfManyValues'
import { migrations } from './migrations'
import { refuseNewerDatabase } from './newerDatabase'
import { dataDir, migrationsDir } from '../core/paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

export function databaseKind(uri = process.env.DATABASE_URI): DatabaseKind {
  if (!uri || uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI 无法识别：应为 file:<路径> 或 mongodb://…（unrecognised DATABASE_URI: expected file:<path> or mongodb://…）`,
  )
}

export function sqliteFileUrl(uri = process.env.DATABASE_URI): string {
  if (uri?.startsWith('file:')) return uri
  const file = path.join(dataDir(), 'gongbao.db')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return `file:${file}`
}

export function databaseAdapter(uri = process.env.DATABASE_URI): DatabaseAdapterObj {
  if (databaseKind(uri) === 'mongodb') {
    return mongooseAdapter({ url: uri as string })
  }
  return withAtomicWrites(
    sqliteAdapter({
      client: { url: sqliteFileUrl(uri) },
      migrationDir: migrationsDir,
      push: false,
      // Concurrent writers (admin, build, seed) wait for the lock instead of failing.
      busyTimeout: 10_000,
      afterSchemaInit: [indexParentOfManyValues],
    }),
  )
}

/**
 * Applies pending migrations on SQLite; MongoDB needs none. Safe to call on every start.
 * A database migrated by a newer release is refused first (NewerDatabaseError), untouched.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (databaseKind() !== 'sqlite') return
  await refuseNewerDatabase(
    payload,
    migrations.map(({ name }) => name),
  )
  // The generated list is typed by the adapter's own argument types; Payload's is looser.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
