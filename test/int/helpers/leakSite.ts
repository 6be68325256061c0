/**
 * Builds the public site from a snapshot folder with the real `astro build` (and its
 * Pagefind integration), as scripts/lib/buildGazette.ts does, into a folder inside the
 * repository (Astro moves files with rename(), which fails across filesystems).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..')

/** A fresh work folder under .tmp/ in the repository, removed by the caller. */
export function repoTempDir(name: string): string {
  const dir = path.join(repoRoot, '.tmp', `${name}-${process.pid}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

export function buildSite(
  snapshotDir: string,
  distDir: string,
  extraEnv: Record<string, string> = {},
): Promise<{ ms: number; output: string }> {
  const started = Date.now()
  const env = { ...process.env, ...extraEnv, SNAPSHOT_DIR: snapshotDir, DIST_DIR: distDir }
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], { cwd: repoRoot, env })
    let output = ''
    child.stdout.on('data', (chunk) => (output += String(chunk)))
    child.stderr.on('data', (chunk) => (output += String(chunk)))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve({ ms: Date.now() - started, output })
      else reject(new Error(`astro build failed (exit ${code ?? signal}):\n${output.slice(-8000)}`))
    })
  })
}
