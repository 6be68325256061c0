/**
 * npm run backup -- <file.tar.gz> [--with-secrets]: one consistent archive of this
 * instance (database, uploads, publication log; the signing keys and secrets.json only
 * with --with-secrets), safe to run while the CMS is running (cms/backup/createBackup.ts).
 */
import { backupMessages } from '../cms/backup/backupMessages'
import { BackupRefused, createBackup } from '../cms/backup/createBackup'
import { dataDir } from '../core/paths'
import { pipelineSettings } from '../core/settings'

const args = process.argv.slice(2)
const withSecrets = args.includes('--with-secrets')
const files = args.filter((arg) => !arg.startsWith('--'))
if (files.length !== 1 || args.some((arg) => arg.startsWith('--') && arg !== '--with-secrets')) {
  console.error(backupMessages.usageBackup)
  process.exit(1)
}

try {
  const result = await createBackup({
    file: files[0] as string,
    withSecrets,
    dataDir: dataDir(),
    databaseUri: process.env.DATABASE_URI,
    siteRoot: pipelineSettings().siteRoot,
  })
  for (const warning of result.warnings) console.warn(warning)
  console.log(backupMessages.written(result.file, result.files, result.bytes, result.seconds))
} catch (error) {
  console.error(error instanceof BackupRefused ? error.message : `备份失败：${(error as Error).message}`)
  process.exit(1)
}
