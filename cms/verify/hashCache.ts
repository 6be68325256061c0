/**
 * The hashes a build's publication log step computed (loggedItems.ts), kept beside the
 * build (`<build>.hashes.json`, never inside it) so that the next build does not read and
 * hash again what it did not change: at 10,000 documents reading, parsing and hashing
 * every page and snapshot record took about 8 of an edit's seconds.
 *
 * An incremental build hard-links its unchanged pages and uploads from the build before,
 * and an incremental export its unchanged snapshot records, so a file's identity (device,
 * inode, size, modification time) names the very bytes hashed then. The identities come
 * from the previous build, whose files stay in place while this one is made, so no other
 * file can hold their inode meanwhile; a file written anew has an inode of its own and is
 * hashed. A record's hash is of the record as the code parses it, so record hashes are
 * kept only while that code is the same (its stamp, over every file the log step imports).
 * Without a cache (the first build, a rollback, a build in place, an upgrade) everything
 * is hashed, with the same result.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'

import { codeStamp } from '../../core/build/codeStamp'
import { reachableFiles } from '../../core/build/importGraph'
import { repoRoot } from '../../core/paths'

export const hashesFile = (distDir: string) => `${distDir.replace(/\/+$/, '')}.hashes.json`

type Stored = { version: 1; code: string; files: Record<string, string>; records: Record<string, string> }

export type HashCache = {
  /** SHA-256 (hex) of a file's bytes. */
  file(file: string): string
  /** A record's hash, computed by `compute` from the file unless this file was hashed so by the same code. */
  record(file: string, compute: () => string): string
  /** Writes what this build hashed beside it (only the files it holds), for the next build. */
  save(distDir: string): void
}

/** A cache starting from the previous build's hashes (`previousDistDir`), or empty. */
export function hashCache(previousDistDir: string | null | undefined): HashCache {
  const code = logCodeStamp()
  const before = previousDistDir ? readStored(hashesFile(previousDistDir)) : null
  const oldFiles = before?.files ?? {}
  const oldRecords = before?.code === code ? before.records : {}
  const files: Record<string, string> = {}
  const records: Record<string, string> = {}
  return {
    file(file) {
      const id = identity(file)
      const hash = oldFiles[id] ?? files[id] ?? createHash('sha256').update(fs.readFileSync(file)).digest('hex')
      files[id] = hash
      return hash
    },
    record(file, compute) {
      const id = identity(file)
      const hash = oldRecords[id] ?? records[id] ?? compute()
      records[id] = hash
      return hash
    },
    save(distDir) {
      const stored: Stored = { version: 1, code, files, records }
      fs.writeFileSync(hashesFile(distDir), JSON.stringify(stored))
    },
  }
}

function identity(file: string): string {
  const stat = fs.statSync(file, { bigint: true })
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`
}

function readStored(file: string): Stored | null {
  try {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Stored>
    if (stored.version !== 1 || typeof stored.code !== 'string' || !stored.files || !stored.records) return null
    return stored as Stored
  } catch {
    return null
  }
}

let stamp: string | undefined
/** The code a record's hash depends on: every repository file the log step reaches by its imports, and the locked packages. */
function logCodeStamp(): string {
  stamp ??= codeStamp(repoRoot, [...reachableFiles(repoRoot, 'cms/verify/loggedItems.ts'), 'package-lock.json'])
  return stamp
}
