/**
 * The archives of the daily backup job in BACKUP_DIR, named by the time they were made
 * (gongbao-YYYYMMDD-HHMMSS.tar.gz, UTC, so that names sort by age), and the outcome of its
 * last run (last-run.json), which the admin dashboard shows (components/BackupStatus.tsx).
 * Kept apart from the job itself so that the dashboard reads them without loading SQLite.
 */
import fs from 'node:fs'
import path from 'node:path'

export const archivePattern = /^gongbao-\d{8}-\d{6}\.tar\.gz$/
export const lastRunFile = 'last-run.json'

export type ScheduledArchive = { name: string; bytes: number; modified: Date }
export type LastRun = { at: string; ok: boolean; message: string }

export function archiveName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `gongbao-${stamp}.tar.gz`
}

/** The scheduled archives in `dir`, newest first. */
export function scheduledArchives(dir: string): ScheduledArchive[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((name) => archivePattern.test(name))
    .sort()
    .reverse()
    .map((name) => {
      const stat = fs.statSync(path.join(dir, name))
      return { name, bytes: stat.size, modified: stat.mtime }
    })
}

export function readLastRun(dir: string): LastRun | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, lastRunFile), 'utf8')) as LastRun
  } catch {
    return null
  }
}

export function writeLastRun(dir: string, run: LastRun): void {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, lastRunFile), `${JSON.stringify(run, null, 2)}\n`)
}
