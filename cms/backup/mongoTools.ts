/**
 * MongoDB's part of a backup: MongoDB's own tools, when the server has them —
 * `mongodump --archive --gzip` into the archive, `mongorestore --archive --gzip` back.
 * Without them the backup is refused in Chinese rather than written without its database.
 */
import { spawn, spawnSync } from 'node:child_process'

export function hasTool(name: 'mongodump' | 'mongorestore'): boolean {
  return spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0
}

function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} 失败（退出码 ${code}）：${stderr.trim().slice(-500)}`)),
    )
  })
}

export const mongoDump = (uri: string, file: string) => run('mongodump', [`--uri=${uri}`, `--archive=${file}`, '--gzip'])

export const mongoRestore = (uri: string, file: string) => run('mongorestore', [`--uri=${uri}`, `--archive=${file}`, '--gzip'])
