/**
 * The real CMS for a load run, started as npm start and the admin browser tests start
 * it: the production admin (`next build cms`; cms/.next is reused, as npm start does,
 * when it is newer than every source it compiles and no rebuild is asked for) served by
 * `next start` on a free port of 127.0.0.1, in its own process group so that stopping it
 * also stops a site build it is running. Its output goes to a log file in the work folder.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../../../core/paths'
import { buildAdmin } from '../../lib/adminBuild'
import { adminBuildState } from './adminBuildAge'
import { waitForHttp } from '../../lib/httpAddress'
import { freePort } from '../../lib/portCheck'

export type CmsServer = {
  url: string
  pid: number
  startMs: number
  adminBuildMs: number | null
  logFile: string
  stop: () => Promise<void>
}

export async function startCms(
  env: Record<string, string>,
  work: string,
  rebuild: boolean,
  log: (line: string) => void,
): Promise<CmsServer> {
  const productionEnv: NodeJS.ProcessEnv = { ...process.env, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  let adminBuildMs: number | null = null
  const state = adminBuildState()
  if (rebuild || !state.reusable) {
    log(`  正在构建管理后台（next build；${state.reusable ? '--rebuild-admin' : state.reason}）…`)
    const started = performance.now()
    await buildAdmin(productionEnv, path.join(work, 'logs', 'admin-build.log'), log)
    adminBuildMs = performance.now() - started
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const logFile = path.join(work, 'logs', 'cms.log')
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const out = fs.openSync(logFile, 'a')
  const started = performance.now()
  // HOST and PORT as npm start passes them: the config derives the admin's origins from them.
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...productionEnv, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', out, out],
    detached: true,
  })
  fs.closeSync(out)
  const pid = child.pid
  if (pid === undefined) throw new Error('next start 没有启动')
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const hard = setTimeout(() => signalGroup(pid, 'SIGKILL'), 15_000)
      child.once('exit', () => {
        clearTimeout(hard)
        resolve()
      })
      signalGroup(pid, 'SIGTERM')
    })
  try {
    // The first request also starts Payload inside Next.
    await waitForHttp(`${url}/admin/login`, 300_000, () => child.exitCode === null)
  } catch (error) {
    await stop()
    throw new Error(`${(error as Error).message}；日志：${logFile}`, { cause: error })
  }
  return { url, pid, startMs: performance.now() - started, adminBuildMs, logFile, stop }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // The group has already exited.
  }
}
