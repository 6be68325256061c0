/**
 * An older release must not open a database a newer one migrated. A copy of the upgrade
 * fixture that lists a migration this code does not have is refused, in Chinese, by
 * `npm start` (exit 1) and by the Payload config for a server started another way, and
 * the database is left exactly as it was: not even this release's own pending
 * migrations run.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/lib/portCheck'
import { writeUpgradeDatabase } from './helpers/upgradeFixture'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-newer-db-'))
const dbFile = path.join(dataDir, 'gongbao.db')
const futureMigration = '20991231_000000_from_a_newer_release'
const refusal = `数据库由较新版本的 gongbao 创建（迁移 ${futureMigration} 不在本版本中），请升级代码后再启动；不要用旧版本打开新数据库。`

const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/** Runs a tsx command in its own process group; a run past the deadline is stopped, group and all. */
function run(args: string[], env: Record<string, string>, deadlineMs = 90_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      ...env,
      DATA_DIR: dataDir,
      DATABASE_URI: `file:${dbFile}`,
      PAYLOAD_SECRET: 'newer-database-test-secret',
      SITE_ROOT: path.join(dataDir, 'site'),
      SNAPSHOT_DIR: path.join(dataDir, 'snapshot'),
      SITE_BUILD_COMMAND: 'false',
    }
    for (const name of ['SERVER_URL', 'HOST', 'TRUST_PROXY']) delete childEnv[name]
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), args, { cwd: repoRoot, env: childEnv, detached: true })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    child.stderr.on('data', (chunk) => (output += String(chunk)))
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), deadlineMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}

let before: string

beforeAll(() => {
  writeUpgradeDatabase(dbFile)
  const db = new DatabaseSync(dbFile)
  db.prepare('INSERT INTO payload_migrations (name, batch) VALUES (?, 99)').run(futureMigration)
  db.close()
  before = digest(dbFile)
})

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('a database migrated by a newer release', () => {
  it('is refused by npm start, which exits 1 and writes nothing', async () => {
    const { code, output } = await run(['scripts/start.ts'], { PORT: String(await freePort()), SITE_PORT: String(await freePort()) })
    expect(code, output).toBe(1)
    expect(output).toContain(refusal)
    expect(output).not.toContain('Migrating:')
    expect(digest(dbFile), 'the database is untouched').toBe(before)
    expect(fs.existsSync(path.join(dataDir, 'site')), 'no site was built').toBe(false)
  }, 120_000)

  it('is refused by the Payload config, for a server started another way', async () => {
    const { code, output } = await run(
      ['--eval', "import('./scripts/lib/payload.ts').then(async (m) => { await m.gazettePayload(); console.log('DATABASE OPENED') })"],
      {},
    )
    expect(output).not.toContain('DATABASE OPENED')
    expect(code, output).not.toBe(0)
    expect(output).toContain(refusal)
    expect(digest(dbFile), 'the database is untouched').toBe(before)
  }, 120_000)
})
