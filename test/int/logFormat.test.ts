/**
 * LOG_FORMAT=json (cms/logging/logFormat.ts), in a real CMS process on a fresh database:
 * everything the CMS logs is one JSON object a line, with the level as a word, an ISO time
 * and the message, and a withdrawal and a site build carry fields naming what happened.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')

type LogLine = { level: string; time: string; msg: string; [field: string]: unknown }

function runLogged(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_FORMAT: 'json' }
  for (const name of ['SITE_ROOT', 'DATA_DIR', 'DATABASE_URI', 'SNAPSHOT_DIR', 'GONGBAO_JOBS']) delete env[name]
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['test/int/helpers/jsonLogRun.ts'], { cwd: repoRoot, env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += String(chunk)))
  child.stderr.on('data', (chunk) => (stderr += String(chunk)))
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}

describe('LOG_FORMAT=json', () => {
  it('writes the CMS log as JSON lines, with each withdrawal and build named', async () => {
    const { code, stdout, stderr } = await runLogged()
    expect(code, stderr).toBe(0)
    const lines = stdout.split('\n').filter((line) => line.trim() !== '')
    expect(lines.length).toBeGreaterThan(3)
    const records = lines.map((line) => JSON.parse(line) as LogLine)
    for (const record of records) {
      expect(record.level).toMatch(/^(info|warn|error)$/)
      expect(new Date(record.time).toISOString()).toBe(record.time)
      expect(typeof record.msg).toBe('string')
    }
    expect(records).toContainEqual(
      expect.objectContaining({
        level: 'info',
        event: 'withdrawal',
        collection: 'documents',
        id: expect.any(Number),
        msg: expect.stringMatching(/^已撤回：《.+》$/),
      }),
    )
    expect(records).toContainEqual(
      expect.objectContaining({
        level: 'error',
        event: 'site-build',
        status: 'failed',
        buildId: expect.stringMatching(/^\d{8}T\d{6}-\d+$/),
        trigger: expect.any(String),
        seconds: expect.any(Number),
        msg: expect.stringMatching(/^公报网站构建失败：/),
      }),
    )
  })
})
