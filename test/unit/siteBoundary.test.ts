/**
 * The site depends on the CMS's shared core only: its domain rules (cms/domain/, build
 * contracts included) and the snapshot contract (cms/snapshot/schema.ts) — never on the
 * CMS's Payload adapters, publishing pipeline or admin. Read from the site's own imports.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const siteDir = path.join(repoRoot, 'site')
const sharedCore = [path.join(repoRoot, 'cms', 'domain') + path.sep, path.join(repoRoot, 'cms', 'snapshot', 'schema')]

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

describe('the site', () => {
  it('imports nothing from the CMS but its shared core', () => {
    const outside: string[] = []
    for (const file of sourceFiles(siteDir)) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\()\s*['"](\.[^'"]+)['"]/g)) {
        const target = path.resolve(path.dirname(file), match[1] as string)
        if (!target.startsWith(path.join(repoRoot, 'cms') + path.sep)) continue
        if (!sharedCore.some((core) => target.startsWith(core))) outside.push(`${path.relative(repoRoot, file)} → ${path.relative(repoRoot, target)}`)
      }
    }
    expect(outside).toEqual([])
  })
})
