/**
 * `npm run restore`: brings an archive back into an empty data folder. Nothing is written
 * to the target until the whole archive has been unpacked beside it and every member
 * checked against manifest.json (size and SHA-256, nothing missing, nothing added); a
 * damaged or incomplete archive is refused naming what is wrong, and the target stays as
 * it was. Then the parts are moved into place: DATA_DIR's folders, the SQLite file (or
 * mongorestore), the publication log's home. The restored instance rebuilds its site
 * from the database on its first build.
 */
import fs from 'node:fs'
import path from 'node:path'

import { backupMessages } from './backupMessages'
import { archivePaths, type RestoreTarget, stagedPath } from './backupLayout'
import { checkAgainstManifest, readManifest } from './backupManifest'
import { latestMigration } from './codeVersion'
import { hasTool, mongoRestore } from './mongoTools'
import { unpackArchive } from './tarArchive'

export type RestoreOptions = {
  file: string
  target: RestoreTarget
  /** DATABASE_URI, needed only to restore a MongoDB archive. */
  databaseUri: string | undefined
}

export type RestoreResult = { files: number; withSecrets: boolean; createdAt: string; siteLog: boolean; seconds: number }

/** An archive or a target a restore will not touch; nothing has been written. */
export class RestoreRefused extends Error {}

const isEmptyOrAbsent = (dir: string) => !fs.existsSync(dir) || (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0)

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now()
  const file = path.resolve(options.file)
  const { dataDir, databaseFile, siteLogDir } = options.target
  if (!fs.existsSync(file)) throw new RestoreRefused(backupMessages.notArchive(file, '文件不存在'))
  if (!isEmptyOrAbsent(dataDir)) throw new RestoreRefused(backupMessages.notEmpty(dataDir))
  if (fs.existsSync(databaseFile)) throw new RestoreRefused(backupMessages.databaseExists(databaseFile))
  if (!isEmptyOrAbsent(siteLogDir)) throw new RestoreRefused(backupMessages.notEmpty(siteLogDir))

  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  const staging = fs.mkdtempSync(path.join(path.dirname(dataDir), '.gongbao-restore-'))
  try {
    const unpackProblem = await unpackArchive(file, staging)
    if (unpackProblem) throw new RestoreRefused(unpackProblem)
    const read = readManifest(staging)
    if ('problem' in read) throw new RestoreRefused(backupMessages.damaged(file, [read.problem]))
    const { manifest } = read
    const problems = await checkAgainstManifest(staging, manifest)
    if (problems.length > 0) throw new RestoreRefused(backupMessages.damaged(file, problems))
    const codeMigration = latestMigration()
    if (manifest.latestMigration && codeMigration && manifest.latestMigration > codeMigration)
      throw new RestoreRefused(backupMessages.newerSchema(manifest.latestMigration, codeMigration))
    const mongoUri = options.databaseUri && /^mongodb(\+srv)?:\/\//.test(options.databaseUri) ? options.databaseUri : null
    if (manifest.database.kind === 'mongodb' && (!mongoUri || !hasTool('mongorestore')))
      throw new RestoreRefused(backupMessages.noMongorestore)
    if (manifest.database.kind === 'sqlite' && mongoUri) throw new RestoreRefused(backupMessages.sqliteArchiveOnMongo)

    // Checked: from here on the archive is written.
    moveChildren(stagedPath(staging, archivePaths.data), dataDir)
    if (manifest.database.kind === 'sqlite') {
      fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
      move(stagedPath(staging, manifest.database.file), databaseFile)
    } else await mongoRestore(mongoUri as string, stagedPath(staging, manifest.database.file))
    const stagedLog = stagedPath(staging, archivePaths.siteLog)
    const siteLog = fs.existsSync(stagedLog)
    if (siteLog) {
      fs.mkdirSync(siteLogDir, { recursive: true })
      moveChildren(stagedLog, siteLogDir)
    }
    return {
      files: manifest.files.length,
      withSecrets: manifest.withSecrets,
      createdAt: manifest.createdAt,
      siteLog,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/** Moves what `from` holds into `to`. */
function moveChildren(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  if (!fs.existsSync(from)) return
  for (const name of fs.readdirSync(from)) move(path.join(from, name), path.join(to, name))
}

/** A rename; a copy when the target is on another file system (SITE_ROOT or the database elsewhere). */
function move(from: string, to: string): void {
  try {
    fs.renameSync(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    fs.cpSync(from, to, { recursive: true, preserveTimestamps: true, errorOnExist: true, force: false })
    fs.rmSync(from, { recursive: true, force: true })
  }
}
