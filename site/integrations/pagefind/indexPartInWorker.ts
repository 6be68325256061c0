import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import type { PartJob, PartResult } from './partJob'

export type IndexedPart = Extract<PartResult, { pages: number }>

const WORKER = fileURLToPath(new URL('./partWorker.ts', import.meta.url))
/** Characters of a worker's error output kept for the error message. */
const STDERR_KEPT = 2000

/**
 * Indexes one part in a child process running partWorker.ts with this same Node, and
 * resolves with the number of pages indexed and the part's fragments. Rejects with the
 * worker's own errors, or how it ended if it gave none. Aborting the signal stops the worker
 * (which stops its Pagefind backend); the promise settles only once the worker has exited,
 * so none is left behind.
 */
export function indexPartInWorker(job: PartJob, signal: AbortSignal): Promise<IndexedPart> {
  return new Promise((resolve, reject) => {
    const worker = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] })
    let output = ''
    worker.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    // Pagefind's own warnings go to the build output, as when it ran in this process; the end
    // is kept for the error, since a crashed backend (a Rust panic) says why only there.
    let errorOutput = ''
    worker.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      process.stderr.write(chunk)
      errorOutput = (errorOutput + chunk).slice(-STDERR_KEPT)
    })
    const stop = () => worker.kill('SIGTERM')
    signal.addEventListener('abort', stop, { once: true })
    // A worker that dies before reading its job must fail the part, not the process.
    worker.stdin.on('error', () => {})
    worker.on('error', (error) => {
      signal.removeEventListener('abort', stop)
      reject(error)
    })
    worker.on('close', (code, endSignal) => {
      signal.removeEventListener('abort', stop)
      const result = parseResult(output)
      if (code === 0 && result && 'pages' in result) return resolve(result)
      const reason = result && 'errors' in result ? result.errors.join('\n') : `the worker exited with ${endSignal ?? `code ${code}`}`
      const said = errorOutput.trim()
      reject(new Error(`Pagefind could not index ${job.outputPath}: ${reason}${said ? `\n${said}` : ''}`))
    })
    worker.stdin.end(JSON.stringify(job))
  })
}

function parseResult(output: string): PartResult | undefined {
  try {
    return JSON.parse(output) as PartResult
  } catch {
    return undefined
  }
}
