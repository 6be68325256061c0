/** Runs a command from node_modules/.bin with inherited output; rejects on a non-zero exit. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { repoRoot } from '../../core/paths'

export function runBin(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const command = path.join(repoRoot, 'node_modules', '.bin', bin)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`${bin} ${args.join(' ')} 失败（exit ${code ?? signal}）`))
    })
  })
}
