/**
 * Builds the gazette once for the browser tests, exactly as `npm run build` does on a
 * fresh clone (fresh database, migrations, sample content, export, Astro, Pagefind),
 * into a temporary folder, and serves it on 127.0.0.1.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { startStaticServer } from '../../scripts/lib/staticServer'

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string
    distDir: string
    /** The environment the build used: the admin tests serve the same database. */
    gazetteEnv: Record<string, string>
  }
}

const repoRoot = path.resolve(import.meta.dirname, '..', '..')

export default async function setup(project: TestProject) {
  // Inside the repository: Astro moves files with rename(), which fails across filesystems.
  const work = path.join(repoRoot, '.tmp', `e2e-${process.pid}`)
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const distDir = path.join(work, 'dist')
  const gazetteEnv = {
    DATA_DIR: path.join(work, 'data'),
    DATABASE_URI: `file:${path.join(work, 'data', 'e2e.db')}`,
    SNAPSHOT_DIR: path.join(work, 'snapshot'),
    DIST_DIR: distDir,
    ADMIN_EMAIL: 'admin@e2e.gongbao.local',
    ADMIN_PASSWORD: 'e2e-admin-password',
    // Names this run, so that the test files that need the admin build it once (adminServer.ts).
    E2E_RUN_ID: `${process.pid}-${Date.now()}`,
  }
  const env = { ...process.env, ...gazetteEnv }
  const build = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
  })
  if (build.status !== 0) {
    throw new Error(`npm run build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  }
  const server = await startStaticServer(distDir)
  project.provide('siteUrl', server.url)
  project.provide('distDir', distDir)
  project.provide('gazetteEnv', gazetteEnv)
  return async () => {
    await server.close()
    fs.rmSync(work, { recursive: true, force: true })
  }
}
