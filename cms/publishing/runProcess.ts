/** Runs a command, collecting its output for the build log; rejects on a non-zero exit. */
import { spawn } from 'node:child_process'

import { repoRoot } from '../../core/paths'

export function runProcess(command: string, args: string[], env: NodeJS.ProcessEnv, log: (chunk: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, shell: args.length === 0 })
    child.stdout.on('data', (chunk) => log(String(chunk)))
    child.stderr.on('data', (chunk) => log(String(chunk)))
    child.on('error', reject)
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} 退出码 ${code ?? signal}`))))
  })
}
