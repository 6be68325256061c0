/** The code a backup was written by, or a restore runs: package.json's version and the newest committed migration. */
import fs from 'node:fs'
import path from 'node:path'

import { migrationsDir, repoRoot } from '../../core/paths'

export function packageVersion(): string {
  return String((JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0')
}

/** Migration files are named by their creation time (YYYYMMDD_HHMMSS_name.ts), so the greatest is the newest. */
export function latestMigration(dir = migrationsDir): string | null {
  const names = fs
    .readdirSync(dir)
    .filter((name) => /^\d{8}_\d{6}_.+\.ts$/.test(name))
    .map((name) => name.slice(0, -'.ts'.length))
    .sort()
  return names.at(-1) ?? null
}
