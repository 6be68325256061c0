/**
 * The real admin: `next build cms` (skipped when E2E_REUSE_ADMIN_BUILD=1 and a build
 * exists, for quick local runs) and `next start` on a free port of 127.0.0.1.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { vi } from 'vitest'
import { freePort } from '../../../scripts/lib/portCheck'

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')
const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)

export type AdminServer = { url: string; stop: () => Promise<void>; output: () => string }

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { cwd: repoRoot, env, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
}

/** The test run that last built the admin (globalSetup names each run): one build per run. */
const runMarker = path.join(repoRoot, 'cms', '.next', 'e2e-run')

export async function startAdmin(gazetteEnv: Record<string, string>): Promise<AdminServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...gazetteEnv, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }
  const built = fs.existsSync(path.join(repoRoot, 'cms', '.next', 'BUILD_ID'))
  const runId = gazetteEnv.E2E_RUN_ID
  const builtThisRun = built && runId !== undefined && fs.existsSync(runMarker) && fs.readFileSync(runMarker, 'utf8') === runId
  if (!builtThisRun && !(built && process.env.E2E_REUSE_ADMIN_BUILD === '1')) {
    run(bin('payload'), ['generate:importmap'], env)
    run(bin('next'), ['build', 'cms'], env)
    if (runId !== undefined) fs.writeFileSync(runMarker, runId)
  }
  const port = await freePort()
  let output = ''
  // HOST and PORT as npm start passes them: the config accepts the session cookie only from the admin's own origin.
  const child: ChildProcess = spawn(bin('next'), ['start', 'cms', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: repoRoot,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
  })
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  const url = `http://127.0.0.1:${port}`
  // Ready when the sign-in page answers; a server that exits first fails the start at once.
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`next start exited early (${code}):\n${output}`))),
  )
  const serving = vi.waitFor(
    async () => {
      const response = await fetch(`${url}/admin/login`)
      if (!response.ok) throw new Error(`${url}/admin/login answered ${response.status}`)
    },
    { timeout: 60_000, interval: 300 },
  )
  await Promise.race([serving, exited])
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
