/**
 * The daily backup job (jobQueues.ts, `scheduledBackup`): an archive of the running
 * instance into BACKUP_DIR, then the oldest archives beyond BACKUP_KEEP removed — only
 * after the new one is complete, so a failed night never costs an older backup. The
 * outcome is written for the dashboard; a failure is also thrown, so the job fails.
 */
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from '../../core/paths'
import { pipelineSettings } from '../../core/settings'
import { backupSettings } from './backupSettings'
import { createBackup } from './createBackup'
import { archiveName, scheduledArchives, writeLastRun } from './scheduledBackups'

export type ScheduledBackupOutcome = { skipped: true } | { skipped: false; file: string; removed: string[]; seconds: number }

export async function runScheduledBackup(
  now = new Date(),
  env: Record<string, string | undefined> = process.env,
): Promise<ScheduledBackupOutcome> {
  const { dir, keep } = backupSettings(env)
  if (!dir) return { skipped: true }
  try {
    const result = await createBackup({
      file: path.join(dir, archiveName(now)),
      withSecrets: false,
      dataDir: dataDir(),
      databaseUri: env.DATABASE_URI,
      siteRoot: pipelineSettings(env).siteRoot,
      now,
    })
    const removed = scheduledArchives(dir)
      .slice(keep)
      .map((archive) => archive.name)
    for (const name of removed) fs.rmSync(path.join(dir, name), { force: true })
    writeLastRun(dir, {
      at: now.toISOString(),
      ok: true,
      message: `已写出 ${path.basename(result.file)}（${result.files} 个文件）${removed.length > 0 ? `，按保留份数删除 ${removed.length} 份旧备份` : ''}。`,
    })
    return { skipped: false, file: result.file, removed, seconds: result.seconds }
  } catch (error) {
    writeLastRun(dir, { at: now.toISOString(), ok: false, message: `定时备份失败：${(error as Error).message}` })
    throw error
  }
}
