/**
 * Builds the admin (the import map, then `next build cms`) for npm start. Next's own
 * report (hundreds of lines of routes and sizes) goes to a log file instead of the
 * terminal, so that what the operator needs to read stays readable; a line every half
 * minute says the build is still going, and a failure prints the end of the log.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../../core/paths'
import { elapsed } from './elapsed'

export class AdminBuildError extends Error {}

function runInto(log: fs.WriteStream, bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    log.write(`$ ${bin} ${args.join(' ')}\n`)
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', bin), args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new AdminBuildError(`${bin} ${args.join(' ')} 失败（exit ${code ?? signal}）`))
    })
  })
}

function lastLines(file: string, count: number): string {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n')
}

export async function buildAdmin(env: NodeJS.ProcessEnv, logFile: string, say: (line: string) => void = console.log): Promise<void> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile)
  const started = Date.now()
  const heartbeat = setInterval(() => say(`  管理后台仍在构建（已用 ${elapsed(started)}）…`), 30_000)
  try {
    // The import map names the admin's custom components (the rich-text editor among them).
    await runInto(log, 'payload', ['generate:importmap'], env)
    await runInto(log, 'next', ['build', 'cms'], env)
  } catch (error) {
    await new Promise((done) => log.end(done))
    console.error(lastLines(logFile, 40))
    console.error(`管理后台构建失败：${(error as Error).message}。完整日志：${logFile}`)
    throw error
  } finally {
    clearInterval(heartbeat)
  }
  await new Promise((done) => log.end(done))
  say(`管理后台已构建（用时 ${elapsed(started)}，日志：${logFile}）`)
}
