/**
 * The house's two import rules, read from the sources themselves (ESLint holds the same
 * rules while editing; this test holds them for anything ESLint does not parse):
 * - core/ is framework-free: it imports only core/, Node's built-ins and plain libraries,
 *   never cms/, site/, scripts/ nor Payload, Next, React or Astro;
 * - site/ depends on core/ alone: never on cms/ (the admin, its Payload adapters, the
 *   publishing pipeline) nor scripts/.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const FRAMEWORKS = /^(payload|@payloadcms\/|next(\/|$)|react(\/|$)|react-dom|astro(\/|:|$)|@astrojs\/)/

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] as string)
}

/** `file → target` for every import of a folder that leaves the allowed folders or names a forbidden package. */
function crossings(folder: string, allowed: string[], forbiddenPackage?: RegExp): string[] {
  const found: string[] = []
  for (const file of sourceFiles(path.join(repoRoot, folder))) {
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) {
        const target = path.relative(repoRoot, path.resolve(path.dirname(file), spec))
        if (!allowed.some((dir) => target === dir || target.startsWith(dir + path.sep)))
          found.push(`${path.relative(repoRoot, file)} → ${target}`)
      } else if (forbiddenPackage?.test(spec)) {
        found.push(`${path.relative(repoRoot, file)} → ${spec}`)
      }
    }
  }
  return found
}

describe('import boundaries', () => {
  it('the core imports nothing but the core and framework-free packages', () => {
    expect(crossings('core', ['core'], FRAMEWORKS)).toEqual([])
  })

  it('the site imports nothing from the repository but the site and the core', () => {
    expect(crossings('site', ['site', 'core'])).toEqual([])
  })

  it('finds a crossing when there is one (the rule is not vacuous)', () => {
    expect(crossings('cms', ['cms', 'core']).length).toBe(0)
    expect(crossings('scripts', ['scripts']).length).toBeGreaterThan(0)
  })
})
