/**
 * manifest.json, the first thing a restore reads: every other member of the archive with
 * its size and SHA-256, the code that wrote it (package version, latest migration) and
 * when. A restore checks the unpacked folder against it before it writes anything, so a
 * changed byte, a missing or an added member refuses the whole archive.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { backupMessages } from './backupMessages'

export const manifestName = 'manifest.json'
export const manifestFormat = 'gongbao-backup'

export type ManifestFile = { path: string; bytes: number; sha256: string }

export type BackupManifest = {
  format: typeof manifestFormat
  formatVersion: 1
  createdAt: string
  version: string
  latestMigration: string | null
  database: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; file: string }
  withSecrets: boolean
  files: ManifestFile[]
}

/** Every regular file under `root`, as archive paths (forward slashes), sorted. */
export function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** The manifest's file list for a staged archive folder (everything but the manifest itself). */
export async function describeFiles(root: string): Promise<ManifestFile[]> {
  const described: ManifestFile[] = []
  for (const relative of filesUnder(root)) {
    if (relative === manifestName) continue
    const file = path.join(root, relative)
    described.push({ path: relative, bytes: fs.statSync(file).size, sha256: await sha256Of(file) })
  }
  return described
}

/** Reads and shape-checks the manifest of an unpacked archive; a problem is returned as a message. */
export function readManifest(root: string): { manifest: BackupManifest } | { problem: string } {
  const file = path.join(root, manifestName)
  if (!fs.existsSync(file)) return { problem: backupMessages.noManifest }
  let parsed: Partial<BackupManifest>
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BackupManifest>
  } catch (error) {
    return { problem: backupMessages.badManifest((error as Error).message) }
  }
  if (parsed.format !== manifestFormat || parsed.formatVersion !== 1) return { problem: backupMessages.badManifest('format') }
  if (!Array.isArray(parsed.files) || !parsed.database) return { problem: backupMessages.badManifest('files/database') }
  return { manifest: parsed as BackupManifest }
}

/** What is wrong with an unpacked archive against its manifest: missing, added, resized or changed files. */
export async function checkAgainstManifest(root: string, manifest: BackupManifest): Promise<string[]> {
  const problems: string[] = []
  const present = new Set(filesUnder(root).filter((relative) => relative !== manifestName))
  for (const expected of manifest.files) {
    if (!present.delete(expected.path)) {
      problems.push(backupMessages.missingFile(expected.path))
      continue
    }
    const file = path.join(root, expected.path)
    const bytes = fs.statSync(file).size
    if (bytes !== expected.bytes) problems.push(backupMessages.wrongSize(expected.path, expected.bytes, bytes))
    else if ((await sha256Of(file)) !== expected.sha256) problems.push(backupMessages.wrongHash(expected.path))
  }
  for (const extra of present) problems.push(backupMessages.extraFile(extra))
  if (!manifest.files.some((entry) => entry.path === manifest.database.file))
    problems.push(backupMessages.missingFile(manifest.database.file))
  return problems
}
