/**
 * On the admin dashboard, for admins: the scheduled backups (定时备份) — where they go,
 * how many are kept, the last run's outcome and the archives there now — so that a
 * failed or missing backup is seen by the people who can fix it, not found on the day a
 * restore is needed. The job itself is backup/runScheduledBackup.ts.
 */
import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { backupSettings } from '../backup/backupSettings'
import { readLastRun, scheduledArchives } from '../backup/scheduledBackups'
import { chineseDateTime } from '../../core/display/chineseDateTime'
import { gazetteTimeZone } from '../../core/settings'

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The dashboard passes the signed-in `user` among its server props. */
export function BackupStatus({ req, user }: { req?: PayloadRequest; user?: PayloadRequest['user'] }) {
  if (!hasRole(user ?? req?.user, 'admin')) return null
  const { dir, keep } = backupSettings()
  const timeZone = gazetteTimeZone()
  const lastRun = dir ? readLastRun(dir) : null
  const archives = dir ? scheduledArchives(dir) : []
  return (
    <section className="gutter--left gutter--right" aria-labelledby="backup-status" style={{ marginBlock: '2rem' }}>
      <h2 id="backup-status">定时备份</h2>
      {dir ? (
        <>
          <p>
            每天 02:00 备份到 {dir}，保留最新 {keep} 份（BACKUP_DIR、BACKUP_KEEP）。备份不含密钥，密钥请另行保管。
          </p>
          <p role={lastRun && !lastRun.ok ? 'alert' : undefined}>
            上次运行：{lastRun ? `${chineseDateTime(lastRun.at, timeZone)}，${lastRun.message}` : '尚未运行。'}
          </p>
          {archives.length > 0 ? (
            <ul>
              {archives.map((archive) => (
                <li key={archive.name}>
                  {archive.name} · {megabytes(archive.bytes)} · {chineseDateTime(archive.modified.toISOString(), timeZone)}
                </li>
              ))}
            </ul>
          ) : (
            <p>备份文件夹中还没有备份。</p>
          )}
        </>
      ) : (
        <p>未设置 BACKUP_DIR，没有定时备份。请设置备份文件夹，或由运维定期运行 npm run backup。</p>
      )}
    </section>
  )
}
