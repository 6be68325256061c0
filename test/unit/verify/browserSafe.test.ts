/**
 * core/verify runs unchanged in a reader's browser (/verify/): nothing it imports, directly
 * or through other core/ files, is a Node module (node:…, fs, path, crypto — which the
 * house rules otherwise allow in core/) or a package other than zod and @noble/curves, and
 * none of those files names a Node global.
 */
import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const folder = path.resolve(import.meta.dirname, '..', '..', '..', 'core', 'verify')
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.ts'))
const PACKAGES = /^(zod|@noble\/curves\/[\w.]+)$/

/** What `file` imports, type-only imports left out (they vanish in the browser bundle). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  return [
    ...text.matchAll(
      /^(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3]) as string)
}

/** Every file reached from `start` through value imports, and every bare import that is not an allowed package. */
function reach(start: string): { reached: string[]; refused: string[] } {
  const reached = new Set<string>()
  const refused: string[] = []
  const visit = (file: string): void => {
    if (reached.has(file)) return
    reached.add(file)
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec) + '.ts')
      else if (!PACKAGES.test(spec) || spec.startsWith('node:') || builtinModules.includes(spec))
        refused.push(`${path.basename(file)} → ${spec}`)
    }
  }
  visit(start)
  return { reached: [...reached], refused }
}

describe('core/verify is browser-safe', () => {
  it('has its files (the scan is not vacuous)', () => {
    expect(files).toEqual(expect.arrayContaining(['merkle.ts', 'entries.ts', 'checkRecord.ts', 'verdict.ts']))
    expect(reach(path.join(folder, 'verdict.ts')).reached.map((file) => path.basename(file))).toContain('calendarDate.ts')
  })

  it.each(files)('%s imports nothing a browser lacks', (name) => {
    const { reached, refused } = reach(path.join(folder, name))
    expect(refused).toEqual([])
    for (const file of reached) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/\b(Buffer|process|require)\s*[.(]/)
  })
})
