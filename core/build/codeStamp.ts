/**
 * A fingerprint of code: the files and folders given (relative to `root`), read whole,
 * build output and dependencies inside them left out. What a build or an export produces
 * depends on it; when it changes, nothing made by the old code can be reused.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const SKIPPED = new Set(['.next', 'node_modules', '.astro'])

export function codeStamp(root: string, entries: readonly string[]): string {
  const digest = createHash('sha256')
  for (const file of entries.flatMap((entry) => filesUnder(path.join(root, entry))).sort()) {
    digest.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return digest.digest('hex').slice(0, 20)
}

function filesUnder(entry: string): string[] {
  let stat: fs.Stats
  try {
    stat = fs.statSync(entry)
  } catch {
    return []
  }
  if (stat.isFile()) return [entry]
  if (!stat.isDirectory()) return []
  return fs
    .readdirSync(entry, { withFileTypes: true })
    .filter((child) => !SKIPPED.has(child.name))
    .flatMap((child) => filesUnder(path.join(entry, child.name)))
}
