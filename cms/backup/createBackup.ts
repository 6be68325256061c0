/**
 * `npm run backup`: one consistent archive of an instance that may be running. The
 * database is copied first (VACUUM INTO, or mongodump), then the upload folders, so
 * that every file the copied database points to is already on disk when it is copied
 * (an upload made meanwhile is an extra file, harmless); a file deleted in between is
 * reported. The publication log is copied until its head reads the same before and after
 * (a build may commit a batch meanwhile). Everything is staged beside the target, hashed
 * into manifest.json, packed, and renamed into place: a failed backup leaves no archive.
 */
import fs from 'node:fs'
import path from 'node:path'

import { verifyFiles } from '../../core/addresses'
import { logHomeDir } from '../verify/siteLog'
import { backupMessages } from './backupMessages'
import { archivePaths, secretEntries, stagedPath, uploadFolders } from './backupLayout'
import { type BackupManifest, describeFiles, manifestFormat, manifestName } from './backupManifest'
import { latestMigration, packageVersion } from './codeVersion'
import { hasTool, mongoDump } from './mongoTools'
import { snapshotSqlite, sqliteFilePath, uploadFileNames } from './sqliteSnapshot'
import { packFolder } from './tarArchive'

export type BackupOptions = {
  file: string
  withSecrets: boolean
  dataDir: string
  /** DATABASE_URI as the CMS reads it (cms/database.ts). */
  databaseUri: string | undefined
  siteRoot: string
  now?: Date
}

export type BackupResult = { file: string; files: number; bytes: number; seconds: number; warnings: string[] }

/** A backup that cannot be written as asked (e.g. MongoDB without mongodump). */
export class BackupRefused extends Error {}

const isMongo = (uri: string | undefined) => !!uri && /^mongodb(\+srv)?:\/\//.test(uri)

/** The SQLite file the CMS uses: DATABASE_URI's file, else DATA_DIR/gongbao.db (as cms/database.ts decides). */
export function sqliteFileOf(databaseUri: string | undefined, dataDir: string): string {
  return databaseUri?.startsWith('file:') ? sqliteFilePath(databaseUri) : path.join(dataDir, 'gongbao.db')
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const started = performance.now()
  const file = path.resolve(options.file)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const staging = fs.mkdtempSync(path.join(path.dirname(file), '.gongbao-backup-'))
  const warnings: string[] = []
  try {
    const database = await copyDatabase(options, staging)
    for (const folder of uploadFolders) copyTree(path.join(options.dataDir, folder), stagedPath(staging, `${archivePaths.data}/${folder}`))
    if (options.withSecrets) {
      for (const entry of secretEntries) copyTree(path.join(options.dataDir, entry), stagedPath(staging, `${archivePaths.data}/${entry}`))
    } else warnings.push(backupMessages.withoutSecrets)
    copyLog(logHomeDir(options.siteRoot), stagedPath(staging, archivePaths.siteLog))
    if (database.kind === 'sqlite') {
      const missing = missingUploads(stagedPath(staging, database.file), staging)
      if (missing.length > 0) warnings.push(backupMessages.missingUploads(missing))
    }
    const files = await describeFiles(staging)
    const manifest: BackupManifest = {
      format: manifestFormat,
      formatVersion: 1,
      createdAt: (options.now ?? new Date()).toISOString(),
      version: packageVersion(),
      latestMigration: latestMigration(),
      database,
      withSecrets: options.withSecrets,
      files,
    }
    fs.writeFileSync(path.join(staging, manifestName), `${JSON.stringify(manifest, null, 2)}\n`)
    const partial = `${file}.partial`
    await packFolder(staging, partial)
    fs.renameSync(partial, file)
    const bytes = files.reduce((sum, entry) => sum + entry.bytes, 0)
    return { file, files: files.length, bytes, seconds: (performance.now() - started) / 1000, warnings }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
    fs.rmSync(`${file}.partial`, { force: true })
  }
}

async function copyDatabase(options: BackupOptions, staging: string): Promise<BackupManifest['database']> {
  if (isMongo(options.databaseUri)) {
    const uri = options.databaseUri as string
    if (!hasTool('mongodump')) throw new BackupRefused(backupMessages.noMongodump(uri))
    const target = stagedPath(staging, archivePaths.mongodump)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    await mongoDump(uri, target)
    return { kind: 'mongodb', file: archivePaths.mongodump }
  }
  snapshotSqlite(sqliteFileOf(options.databaseUri, options.dataDir), stagedPath(staging, archivePaths.sqlite))
  return { kind: 'sqlite', file: archivePaths.sqlite }
}

/** Copies a file or folder if it exists, keeping modification times (reflinked where the file system can). */
function copyTree(source: string, target: string): void {
  if (!fs.existsSync(source)) return
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.cpSync(source, target, { recursive: true, preserveTimestamps: true, mode: fs.constants.COPYFILE_FICLONE })
}

function copyLog(home: string, target: string): void {
  const head = path.join(home, verifyFiles.head)
  const read = () => (fs.existsSync(head) ? fs.readFileSync(head, 'utf8') : null)
  for (let attempt = 1; ; attempt++) {
    const before = read()
    if (before === null) return
    fs.rmSync(target, { recursive: true, force: true })
    copyTree(home, target)
    if (read() === before) return
    if (attempt >= 5) throw new Error(`发布日志 ${home} 在备份期间不断变化（正在构建？），请稍后重试。`)
  }
}

/** Upload files the copied database names that the copy of the folders lacks. */
function missingUploads(databaseFile: string, staging: string): string[] {
  const tables: Record<(typeof uploadFolders)[number], string> = { media: 'media', 'issue-pdfs': 'issue_pdfs' }
  return uploadFolders.flatMap((folder) =>
    uploadFileNames(databaseFile, tables[folder])
      .filter((name) => !fs.existsSync(stagedPath(staging, `${archivePaths.data}/${folder}/${name}`)))
      .map((name) => `${folder}/${name}`),
  )
}
