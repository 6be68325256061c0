/**
 * Whether cms/.next can be reused: it exists and no source the admin compiles (cms/,
 * core/, the package manifests) changed after it was built. A stale build would serve
 * older code than the benchmark prepared the database with (migrations, the publishing
 * pipeline), so the figures would be of neither version.
 */
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../../../core/paths'

export type AdminBuildState = { reusable: true } | { reusable: false; reason: string }

export function adminBuildState(): AdminBuildState {
  const buildId = path.join(repoRoot, 'cms', '.next', 'BUILD_ID')
  if (!fs.existsSync(buildId)) return { reusable: false, reason: '没有已有构建' }
  const builtAt = fs.statSync(buildId).mtimeMs
  const sources = [path.join(repoRoot, 'package.json'), path.join(repoRoot, 'package-lock.json')]
  for (const dir of ['cms', 'core']) sources.push(...filesUnder(path.join(repoRoot, dir)))
  const newer = sources.find((file) => fs.existsSync(file) && fs.statSync(file).mtimeMs > builtAt)
  return newer ? { reusable: false, reason: `${path.relative(repoRoot, newer)} 比已有构建新` } : { reusable: true }
}

/** Every file under a folder, leaving out build output and installed packages. */
function filesUnder(dir: string): string[] {
  const files: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.next' || entry.name === 'node_modules') continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) files.push(...filesUnder(full))
    else if (entry.isFile()) files.push(full)
  }
  return files
}
