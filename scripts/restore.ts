/**
 * npm run restore -- <file.tar.gz> [--data-dir D]: restores a backup into an empty data
 * folder (D, else DATA_DIR); the database goes where DATABASE_URI's file: says, else to
 * D/gongbao.db, and the publication log to SITE_ROOT/log (D/site/log by default).
 * A damaged archive or a non-empty target is refused before anything is written
 * (cms/backup/restoreBackup.ts).
 */
import path from 'node:path'

import { backupMessages } from '../cms/backup/backupMessages'
import { sqliteFileOf } from '../cms/backup/createBackup'
import { RestoreRefused, restoreBackup } from '../cms/backup/restoreBackup'
import { logHomeDir } from '../cms/verify/siteLog'
import { dataDir } from '../core/paths'
import { pipelineSettings } from '../core/settings'

const args = process.argv.slice(2)
const at = args.indexOf('--data-dir')
const dataDirArg = at >= 0 ? args[at + 1] : undefined
const files = args.filter((arg, index) => !arg.startsWith('--') && (at < 0 || index !== at + 1))
if (files.length !== 1 || (at >= 0 && !dataDirArg)) {
  console.error(backupMessages.usageRestore)
  process.exit(1)
}
// SITE_ROOT's default lies in the data folder: read the settings for the folder restored into.
if (dataDirArg) process.env.DATA_DIR = path.resolve(dataDirArg)
const target = {
  dataDir: dataDir(),
  databaseFile: sqliteFileOf(process.env.DATABASE_URI, dataDir()),
  siteLogDir: logHomeDir(pipelineSettings().siteRoot),
}

try {
  const result = await restoreBackup({ file: files[0] as string, target, databaseUri: process.env.DATABASE_URI })
  if (!result.withSecrets) console.warn(backupMessages.withoutSecrets)
  console.log(backupMessages.restored(target.dataDir, target.databaseFile, result.siteLog ? target.siteLogDir : null, result.seconds))
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `恢复失败：${(error as Error).message}`)
  process.exit(1)
}
