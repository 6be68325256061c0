/**
 * Runs one step of the crash tests (test/int/helpers/crashChild.ts, or a real npm script)
 * in a child process under tsx, on the test's database and folders, as a CMS process runs
 * the same code: either with GONGBAO_CRASH_AT naming the point where it kills itself
 * (core/crashPoint.ts), or killed by the test with SIGKILL at a moment it chooses. When
 * the child is gone, whatever it started and left running (the site generator, Chromium)
 * is killed too, as systemd kills a stopped service's whole control group.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import type { CrashPointName } from '../../../core/crashPoint'

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')

export type ChildRun = {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** From the start of the child to its end. */
  ms: number
  /** The crash point it said it was killed at (core/crashPoint.ts), if any. */
  crashedAt: string | null
}

export type ChildOptions = {
  /** GONGBAO_CRASH_AT for the child. */
  crashAt?: CrashPointName
  /** Environment added to the test process's own (which names its database and folders). */
  env?: Record<string, string>
  /** Kill the child with SIGKILL this long after it prints `marker` on its standard output. */
  killAfter?: { marker: string; ms: number }
}

/** Runs `script` (relative to the repository) with `args` until it exits or is killed. */
export function runChild(script: string, args: string[], options: ChildOptions = {}): Promise<ChildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, GONGBAO_JOBS: 'off', ...options.env }
  delete env.GONGBAO_CRASH_AT
  if (options.crashAt) env.GONGBAO_CRASH_AT = options.crashAt
  const started = performance.now()
  // Node itself with tsx's loader (not the tsx command, which runs the script in a process
  // of its own): the child is the process that kills itself. Its own process group, so
  // that what it leaves running can be killed with it.
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repoRoot, env, detached: true })
  let stdout = ''
  let stderr = ''
  let timer: NodeJS.Timeout | undefined
  child.stdout.on('data', (chunk) => {
    stdout += String(chunk)
    const kill = options.killAfter
    if (kill && !timer && stdout.includes(kill.marker)) timer = setTimeout(() => child.kill('SIGKILL'), kill.ms)
  })
  child.stderr.on('data', (chunk) => (stderr += String(chunk)))
  return new Promise((resolve, reject) => {
    let ended: Pick<ChildRun, 'code' | 'signal' | 'ms'> | undefined
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      ended = { code, signal, ms: performance.now() - started }
      clearTimeout(timer)
      killGroup(child.pid)
    })
    child.on('close', () => {
      const crashedAt = /GONGBAO_CRASH_AT: killed at (\S+)/.exec(stderr)?.[1] ?? null
      resolve({ ...(ended as Pick<ChildRun, 'code' | 'signal' | 'ms'>), stdout, stderr, crashedAt })
    })
  })
}

function killGroup(pid: number | undefined): void {
  if (!pid) return
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Nothing of it left running.
  }
}

/** The last JSON line a child printed (crashChild.ts ends with one), or null. */
export function childResult<T>(run: ChildRun): T | null {
  const line = run.stdout
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith('{"result":'))
  return line ? (JSON.parse(line) as { result: T }).result : null
}
