/**
 * Runs one stage as a child process and measures what it really costs: wall time and the
 * peak memory of its whole process tree (sampled every 100 ms, and each process's own
 * high-water mark, so a short spike of one process is not missed). A stage that passes
 * the memory ceiling is stopped, so a benchmark cannot starve the other work on the machine.
 */
import { spawn } from 'node:child_process'
import os from 'node:os'

import { sampleTree } from './processTree'

export type Measured = {
  wallMs: number
  /** Peak of the tree's summed RSS, or the largest single high-water mark if higher; bytes. */
  peakRssBytes: number
  /** Peak summed RSS per command name (node, pagefind_extended, …), bytes. */
  peakByCommand: Record<string, number>
  /** Everything the child printed, for parsing its own timings. */
  output: string
  exitCode: number | null
  /** Set when the stage was stopped at the memory ceiling. */
  stoppedAtBytes?: number
  /** 1-minute load average at start and end. */
  loadAverage: [number, number]
}

export type MeasureOptions = {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Stop the stage when its tree holds more than this; default 12 GB. */
  maxRssBytes?: number
  /** Each line the child prints, as it comes. */
  echo?: (line: string) => void
}

export function measureCommand(command: string, args: string[], options: MeasureOptions): Promise<Measured> {
  const started = performance.now()
  const loadAtStart = os.loadavg()[0] ?? 0
  // Its own process group, so that a stop reaches Astro's and Pagefind's processes too.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const ceiling = options.maxRssBytes ?? 12 * 1024 ** 3
  let output = ''
  let partial = ''
  const take = (chunk: Buffer) => {
    const text = chunk.toString()
    output += text
    if (output.length > 2_000_000) output = output.slice(-1_000_000)
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) options.echo?.(line)
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)

  let peakRss = 0
  let stoppedAt: number | undefined
  const peakByCommand: Record<string, number> = {}
  const highWater = new Map<number, { command: string; bytes: number }>()
  const sample = () => {
    if (child.pid === undefined || child.exitCode !== null) return
    const now = sampleTree(child.pid)
    peakRss = Math.max(peakRss, now.rss)
    for (const [command, bytes] of now.byCommand) peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, bytes)
    for (const [pid, mark] of now.highWater) highWater.set(pid, mark)
    if (now.rss > ceiling && stoppedAt === undefined) {
      stoppedAt = now.rss
      process.kill(-child.pid, 'SIGKILL')
    }
  }
  const timer = setInterval(sample, 100)

  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.on('exit', (code) => {
      clearInterval(timer)
      if (partial) options.echo?.(partial)
      const singlePeak = Math.max(0, ...[...highWater.values()].map((mark) => mark.bytes))
      resolve({
        wallMs: performance.now() - started,
        peakRssBytes: Math.max(peakRss, singlePeak),
        peakByCommand,
        output,
        exitCode: code,
        loadAverage: [loadAtStart, os.loadavg()[0] ?? 0],
        ...(stoppedAt !== undefined ? { stoppedAtBytes: stoppedAt } : {}),
      })
    })
  })
}
