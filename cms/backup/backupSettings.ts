/**
 * The scheduled backup's knobs (README, configuration): BACKUP_DIR, the folder the daily
 * job writes its archives to (unset: no scheduled backups), and BACKUP_KEEP, how many of
 * them are kept (default 7, the newest). Scheduled archives leave the secrets out: the
 * signing keys and secrets.json do not change and are kept once, apart (docs/production.md).
 */
import path from 'node:path'

import { repoRoot } from '../../core/paths'

export type BackupSettings = { dir: string | null; keep: number }

export function backupSettings(env: Record<string, string | undefined> = process.env): BackupSettings {
  const keep = Number(env.BACKUP_KEEP)
  return {
    dir: env.BACKUP_DIR ? path.resolve(repoRoot, env.BACKUP_DIR) : null,
    keep: Number.isSafeInteger(keep) && keep >= 1 ? keep : 7,
  }
}
