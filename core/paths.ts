/**
 * Where things live on disk. Built from this file's own location (not
 * import.meta.dirname, which Next's server bundle leaves undefined) so that Next,
 * tsx and Vitest all agree on the same folders.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const coreDir = path.dirname(fileURLToPath(import.meta.url))

export const repoRoot = path.resolve(coreDir, '..')

/** Local state: the embedded database, uploads, generated secrets. Ignored by git. */
export function dataDir(): string {
  return path.resolve(repoRoot, process.env.DATA_DIR ?? '.data')
}

export const migrationsDir = path.join(repoRoot, 'cms', 'migrations')
