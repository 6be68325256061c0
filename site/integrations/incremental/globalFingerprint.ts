/**
 * What every page depends on: the site's code (site/, cms/, the build configuration and
 * the locked dependencies), the gazette's settings and the public origin. When any of it
 * changes, nothing from the previous build can be kept.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

import type { Manifest } from '../../../cms/snapshot/schema'
import { hash } from './itemPages'

const CODE_DIRS = ['site', 'cms']
const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json']
// Build output and dependencies inside the code folders are not code.
const SKIPPED = new Set(['.next', 'node_modules', '.astro'])

export async function globalFingerprint(root: string, manifest: Pick<Manifest, 'schemaVersion' | 'gazette'>, siteUrl: string | undefined) {
  const files = [...CODE_FILES.map((file) => join(root, file))]
  for (const dir of CODE_DIRS) files.push(...(await codeFiles(join(root, dir))))
  const contents = await Promise.all(
    files.sort().map(async (file) => {
      try {
        return `${relative(root, file)}\n${hash(await readFile(file))}`
      } catch {
        return `${relative(root, file)}\n(missing)`
      }
    }),
  )
  return hash(...contents, JSON.stringify({ schemaVersion: manifest.schemaVersion, gazette: manifest.gazette, siteUrl: siteUrl ?? null }))
}

async function codeFiles(dir: string): Promise<string[]> {
  const files: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await codeFiles(path)))
    else if (entry.isFile()) files.push(path)
  }
  return files
}
