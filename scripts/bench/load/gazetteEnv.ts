/**
 * The environment of the gazette a load run starts: a fresh embedded database and every
 * folder the CMS writes (data, snapshot, site builds) inside one work folder. The folder
 * is under the repository's .tmp/, since Astro moves files with rename(), which fails
 * across filesystems.
 */
import path from 'node:path'

import { repoRoot } from '../../../core/paths'

export function loadWorkDir(): string {
  return path.join(repoRoot, '.tmp', `bench-load-${process.pid}`)
}

export function gazetteEnv(work: string): Record<string, string> {
  return {
    DATA_DIR: path.join(work, 'data'),
    DATABASE_URI: `file:${path.join(work, 'data', 'load.db')}`,
    SNAPSHOT_DIR: path.join(work, 'snapshot'),
    DIST_DIR: path.join(work, 'dist'),
    SITE_ROOT: path.join(work, 'site'),
  }
}
