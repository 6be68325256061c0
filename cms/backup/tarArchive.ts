/**
 * The archive is a .tar.gz written and read by Debian's GNU tar through child_process.
 * Why not a library: no maintained tar library is a direct dependency (fflate, a
 * devDependency, does gzip and zip but not tar; `tar` is only there transitively and may
 * go with any upgrade), and adding one is not this change's to make. GNU tar is on every
 * Debian server, streams archives of any size without holding them in memory, and is the
 * tool an operator would use to look into a backup by hand (`tar -tzvf`). Members are
 * written sorted, owned by 0:0, so two backups of the same data list the same way.
 */
import { spawn } from 'node:child_process'

import { backupMessages } from './backupMessages'

type Run = { code: number | null; stdout: string; stderr: string }

function runTar(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8').trim() }),
    )
  })
}

/** Packs everything in `dir` into the gzip-compressed tar `file`. */
export async function packFolder(dir: string, file: string): Promise<void> {
  const run = await runTar([
    '--create',
    '--gzip',
    '--file',
    file,
    '--sort=name',
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '-C',
    dir,
    '.',
  ])
  if (run.code !== 0) throw new Error(`tar 打包失败：${run.stderr}`)
}

/**
 * Unpacks `file` into the empty folder `dir`, after listing it: only regular files and
 * folders are accepted (a link could lead a later member out of `dir`). A refusal is
 * thrown as RestoreRefused by the caller with this message.
 */
export async function unpackArchive(file: string, dir: string): Promise<string | null> {
  const listing = await runTar(['--list', '--verbose', '--gzip', '--file', file])
  if (listing.code !== 0) return backupMessages.notArchive(file, listing.stderr.split('\n')[0] ?? '')
  for (const line of listing.stdout.split('\n')) {
    if (line && line[0] !== '-' && line[0] !== 'd') return backupMessages.unsafeMember(line)
  }
  const extract = await runTar(['--extract', '--gzip', '--file', file, '--no-same-owner', '--no-same-permissions', '-C', dir])
  if (extract.code !== 0) return backupMessages.notArchive(file, extract.stderr.split('\n')[0] ?? '')
  return null
}
