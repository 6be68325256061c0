/**
 * The test run of `npm test`: two vitest processes side by side, one for the unit and int
 * projects (two int files at a time) and one for the e2e project (one file at a time,
 * against the site its global setup builds). In a single vitest process the e2e files,
 * whose project runs one file at a time, form a group that vitest starts only after the
 * parallel group has ended, so the two chains added up (about 25 and 27 minutes in CI);
 * side by side the e2e chain mostly waits on the browser and the admin server while int
 * files build sites. TEST_CHAINS=serial runs one vitest process, as `vitest run` does.
 * Arguments are passed to both processes. Each line is prefixed with its chain; the exit
 * code is the first failure's, else 0.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { repoRoot } from '../core/paths'

const vitest = path.join(repoRoot, 'node_modules', '.bin', 'vitest')
const extra = process.argv.slice(2)

const chains: Array<{ label: string; args: string[] }> =
  process.env.TEST_CHAINS === 'serial'
    ? [{ label: '', args: [] }]
    : [
        { label: '[unit+int] ', args: ['--project', 'unit', '--project', 'int'] },
        { label: '[e2e] ', args: ['--project', 'e2e'] },
      ]

function runChain(label: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(vitest, ['run', ...args, ...extra], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(child)
    // Whole lines, prefixed: two reporters writing into one terminal would cut each other's lines.
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${label}${line}\n`))
    }
    child.on('error', (error) => {
      process.stderr.write(`${label}vitest could not start: ${error.message}\n`)
      resolve(1)
    })
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

const children: ReturnType<typeof spawn>[] = []
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
  })
}

const codes = await Promise.all(chains.map((chain) => runChain(chain.label, chain.args)))
const failed = codes.find((code) => code !== 0)
if (chains.length > 1)
  console.log(
    `\n${chains.map((chain, index) => `${chain.label.trim()} ${codes[index] === 0 ? 'passed' : `failed (exit ${codes[index]})`}`).join('; ')}`,
  )
process.exit(failed ?? 0)
