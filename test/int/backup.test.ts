/**
 * Backup and restore on real parts (issue 25): a gazette with sample content, an
 * attachment and a built site is backed up by the real CLI while its Payload instance is
 * open; the archive is restored by the real CLI into an empty folder; a second CMS on
 * the restored data (a child process: Payload is one per process) builds the site into
 * another SITE_ROOT, and the two sites are compared file for file — all of them, the
 * publication log included: the log's home and the signing key are restored
 * (--with-secrets), so the new build finds nothing new to publish and adds no batch.
 * Damaged archives and a non-empty target are refused in Chinese with nothing written.
 * The daily job writes to BACKUP_DIR and keeps BACKUP_KEEP archives.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadFolders } from '../../cms/backup/backupLayout'
import { filesUnder } from '../../cms/backup/backupManifest'
import { runScheduledBackup } from '../../cms/backup/runScheduledBackup'
import { readLastRun, scheduledArchives } from '../../cms/backup/scheduledBackups'
import { RestoreRefused, restoreBackup } from '../../cms/backup/restoreBackup'
import { liveLink } from '../../cms/publishing/liveSite'
import { requestSiteBuild } from '../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { logHomeDir } from '../../cms/verify/siteLog'
import { seedSampleGazette } from './helpers/sampleGazette'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx')
let gazette: TempGazette
let work: string
let siteA: string
let siteB: string
let archive: string
const timings: Record<string, number> = {}

/** The CLI as an operator runs it; DATABASE_URI and SITE_ROOT only as `env` gives them. */
function cli(script: string, args: string[], env: Record<string, string | undefined>) {
  const { DATABASE_URI: _uri, SITE_ROOT: _root, DATA_DIR: _data, ...rest } = process.env
  const started = performance.now()
  const result = spawnSync(tsx, [script, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...rest, ...env } })
  return {
    status: result.status,
    stdout: result.stdout,
    out: `${result.stdout}${result.stderr}`,
    seconds: (performance.now() - started) / 1000,
  }
}

const sourceEnv = () => ({ DATA_DIR: gazette.dir, DATABASE_URI: process.env.DATABASE_URI, SITE_ROOT: siteA })

/** A copy of the archive with `change` applied to its unpacked members, packed again. */
function tampered(name: string, change: (root: string) => void): string {
  const root = fs.mkdtempSync(path.join(work, 'tamper-'))
  expect(spawnSync('tar', ['-xzf', archive, '-C', root]).status).toBe(0)
  change(root)
  const file = path.join(work, name)
  expect(spawnSync('tar', ['-czf', file, '-C', root, '.']).status).toBe(0)
  return file
}

/** Restores in process into `target` (which must then still be empty) and returns the refusal's message. */
async function refusal(file: string, target: string): Promise<string> {
  const attempt = restoreBackup({
    file,
    target: { dataDir: target, databaseFile: path.join(target, 'gongbao.db'), siteLogDir: path.join(target, 'site', 'log') },
    databaseUri: undefined,
  })
  const error = await attempt.then(
    () => null,
    (refused: unknown) => refused,
  )
  expect(error).toBeInstanceOf(RestoreRefused)
  return (error as RestoreRefused).message
}

const liveFiles = (siteRoot: string) => filesUnder(fs.realpathSync(liveLink(siteRoot)))

beforeAll(async () => {
  work = path.resolve('.tmp', `backup-${process.pid}`)
  siteA = path.join(work, 'site-a')
  siteB = path.join(work, 'site-b')
  fs.mkdirSync(work, { recursive: true })
  process.env.SITE_ROOT = siteA
  // Both builds compute statuses for the same day, whenever they run.
  process.env.GAZETTE_AS_OF = new Date().toISOString().slice(0, 10)
  gazette = await startTempGazette()
  await seedSampleGazette(gazette.payload, { name: 'beifen-fujian.pdf', text: '附件 备份' })
  await requestSiteBuild(gazette.payload, '备份测试')
  const outcome = await runNextSiteBuild(gazette.payload)
  expect(outcome?.status).toBe('succeeded')
}, 300_000)

afterAll(async () => {
  await gazette?.cleanup()
  fs.rmSync(work, { recursive: true, force: true })
  delete process.env.SITE_ROOT
  delete process.env.GAZETTE_AS_OF
  console.log(
    `backup ${timings.backup?.toFixed(1)} s, restore ${timings.restore?.toFixed(1)} s (CLI wall time, sample data, archive ${timings.bytes} bytes)`,
  )
})

describe('backup and restore', () => {
  it('archives every upload collection’s folder', () => {
    for (const collection of Object.values(gazette.payload.collections)) {
      const staticDir = collection.config.upload?.staticDir
      if (staticDir) expect(uploadFolders).toContain(path.relative(gazette.dir, staticDir))
    }
  })

  it('writes an archive with a manifest of hashes while the CMS is open', () => {
    archive = path.join(work, 'gongbao.tar.gz')
    const run = cli('scripts/backup.ts', [archive, '--with-secrets'], sourceEnv())
    expect(run.out).toContain('已写出备份')
    expect(run.status).toBe(0)
    timings.backup = run.seconds
    timings.bytes = fs.statSync(archive).size
    const listing = spawnSync('tar', ['-xzOf', archive, './manifest.json'], { encoding: 'utf8' })
    const manifest = JSON.parse(listing.stdout) as { files: { path: string; sha256: string }[]; latestMigration: string; version: string }
    const paths = manifest.files.map((file) => file.path)
    expect(paths).toContain('database/gongbao.db')
    expect(paths.some((file) => file.startsWith('data/media/beifen-fujian'))).toBe(true)
    expect(paths.some((file) => file.startsWith('data/issue-pdfs/'))).toBe(true)
    expect(paths.some((file) => file.startsWith('site-log/'))).toBe(true)
    expect(paths).toContain('data/signing/site-key.pem')
    expect(manifest.latestMigration).toMatch(/^\d{8}_\d{6}_/)
    expect(manifest.files.every((file) => /^[0-9a-f]{64}$/.test(file.sha256))).toBe(true)
  })

  it('leaves the secrets out unless asked', () => {
    const file = path.join(work, 'no-secrets.tar.gz')
    expect(cli('scripts/backup.ts', [file], sourceEnv()).status).toBe(0)
    const names = spawnSync('tar', ['-tzf', file], { encoding: 'utf8' }).stdout
    expect(names).not.toContain('signing')
    expect(names).not.toContain('secrets.json')
  })

  it('restores into an empty folder an instance whose next build is the same site, file for file', () => {
    const target = path.join(work, 'restored')
    fs.mkdirSync(target)
    const run = cli('scripts/restore.ts', [archive, '--data-dir', target], { SITE_ROOT: siteB })
    expect(run.out).toContain('已恢复到')
    expect(run.status).toBe(0)
    timings.restore = run.seconds
    expect(fs.existsSync(path.join(target, 'gongbao.db'))).toBe(true)
    expect(fs.existsSync(logHomeDir(siteB))).toBe(true)

    const headBefore = fs.readFileSync(path.join(logHomeDir(siteB), 'log', 'head.json'), 'utf8')
    const child = cli('test/int/helpers/buildRestored.ts', [], {
      DATA_DIR: target,
      SITE_ROOT: siteB,
      SNAPSHOT_DIR: path.join(work, 'snapshot-b'),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
      GAZETTE_AS_OF: process.env.GAZETTE_AS_OF,
    })
    const line = child.stdout.split('\n').find((candidate) => candidate.startsWith('RESULT '))
    expect(line, child.out).toBeDefined()
    const outcome = JSON.parse(line?.slice('RESULT '.length) ?? '{}') as { status: string; documents: number; log?: string }
    expect(outcome, child.out).toMatchObject({ status: 'succeeded' })
    expect(outcome.documents).toBeGreaterThan(0)

    const [a, b] = [liveFiles(siteA), liveFiles(siteB)]
    expect(a.length).toBeGreaterThan(20)
    expect(a.some((file) => file.includes('beifen-fujian'))).toBe(true)
    expect(b).toEqual(a)
    const differing = a.filter(
      (file) =>
        !fs
          .readFileSync(path.join(fs.realpathSync(liveLink(siteA)), file))
          .equals(fs.readFileSync(path.join(fs.realpathSync(liveLink(siteB)), file))),
    )
    expect(differing).toEqual([])
    // The restored log was complete: the build published nothing new and signed no new batch.
    expect(fs.readFileSync(path.join(logHomeDir(siteB), 'log', 'head.json'), 'utf8')).toBe(headBefore)
  }, 300_000)

  it('refuses an archive with one changed byte in a member, naming it, and writes nothing', async () => {
    let changed = ''
    const file = tampered('changed.tar.gz', (root) => {
      changed = filesUnder(path.join(root, 'data', 'media')).find((name) => name.startsWith('beifen-fujian')) as string
      const member = path.join(root, 'data', 'media', changed)
      const bytes = fs.readFileSync(member)
      bytes[10] = (bytes[10] as number) ^ 1
      fs.writeFileSync(member, bytes)
    })
    const target = fs.mkdtempSync(path.join(work, 'target-'))
    const message = await refusal(file, target)
    expect(message).toContain('已损坏或不完整')
    expect(message).toContain(`data/media/${changed}：内容与清单不符`)
    expect(fs.readdirSync(target)).toEqual([])
  })

  it('refuses an archive with a missing member, naming it', async () => {
    const file = tampered('missing.tar.gz', (root) => fs.rmSync(path.join(root, 'database', 'gongbao.db')))
    const target = fs.mkdtempSync(path.join(work, 'target-'))
    const message = await refusal(file, target)
    expect(message).toContain('database/gongbao.db：清单中有，归档中缺少')
    expect(fs.readdirSync(target)).toEqual([])
  })

  it('refuses a truncated archive and one whose compressed bytes were changed', async () => {
    const bytes = fs.readFileSync(archive)
    const truncated = path.join(work, 'truncated.tar.gz')
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const flipped = path.join(work, 'flipped.tar.gz')
    const copy = Buffer.from(bytes)
    copy[Math.floor(copy.length / 2)] = (copy[Math.floor(copy.length / 2)] as number) ^ 0xff
    fs.writeFileSync(flipped, copy)
    for (const file of [truncated, flipped]) {
      const target = fs.mkdtempSync(path.join(work, 'target-'))
      expect(await refusal(file, target)).toMatch(/无法解开|已损坏/)
      expect(fs.readdirSync(target)).toEqual([])
    }
  })

  it('refuses a non-empty target folder in Chinese', () => {
    const target = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-restore-'))
    fs.writeFileSync(path.join(target, 'keep.txt'), '现有数据')
    const run = cli('scripts/restore.ts', [archive, '--data-dir', target], { SITE_ROOT: path.join(work, 'site-c') })
    expect(run.status).toBe(1)
    expect(run.out).toContain('不是空的')
    expect(fs.readdirSync(target)).toEqual(['keep.txt'])
    fs.rmSync(target, { recursive: true, force: true })
  })

  it('runs the daily backup as a job, keeping the newest BACKUP_KEEP archives', async () => {
    const dir = path.join(work, 'scheduled')
    const env = { ...process.env, BACKUP_DIR: dir, BACKUP_KEEP: '2' }
    const task = gazette.payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'scheduledBackup')
    expect(task?.schedule?.[0]?.cron).toBe('0 2 * * *')
    for (const day of ['2026-01-01', '2026-01-02', '2026-01-03'])
      expect(await runScheduledBackup(new Date(`${day}T02:00:00Z`), env)).toMatchObject({ skipped: false })
    expect(scheduledArchives(dir).map((archive) => archive.name)).toEqual([
      'gongbao-20260103-020000.tar.gz',
      'gongbao-20260102-020000.tar.gz',
    ])
    expect(readLastRun(dir)).toMatchObject({ ok: true })
    expect(readLastRun(dir)?.message).toContain('删除 1 份旧备份')

    // Through the job queue, as the CMS runs it at 02:00.
    process.env.BACKUP_DIR = dir
    process.env.BACKUP_KEEP = '5'
    try {
      await gazette.payload.jobs.queue({ task: 'scheduledBackup', input: {} })
      await gazette.payload.jobs.run()
    } finally {
      delete process.env.BACKUP_DIR
      delete process.env.BACKUP_KEEP
    }
    const archives = scheduledArchives(dir)
    expect(archives).toHaveLength(3)
    const newest = path.join(dir, archives[0]?.name as string)
    const target = fs.mkdtempSync(path.join(work, 'target-'))
    const restored = await restoreBackup({
      file: newest,
      target: { dataDir: target, databaseFile: path.join(target, 'gongbao.db'), siteLogDir: path.join(target, 'site', 'log') },
      databaseUri: undefined,
    })
    expect(restored.withSecrets).toBe(false)
    expect(fs.existsSync(path.join(target, 'gongbao.db'))).toBe(true)
  })

  it('skips the job when BACKUP_DIR is unset', async () => {
    expect(await runScheduledBackup(new Date(), { ...process.env, BACKUP_DIR: '' })).toEqual({ skipped: true })
  })
})
