/**
 * What a core/ folder that runs in the reader's browser (core/verify, core/history)
 * reaches through its value imports, for the browser-safety tests: every file reached,
 * and every bare import that is not one of the folder's allowed packages or is a Node
 * module. Type-only imports are left out: they vanish in the browser bundle.
 */
import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8')
  return [
    ...text.matchAll(
      /^(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3]) as string)
}

export function browserReach(start: string, allowedPackages: RegExp): { reached: string[]; refused: string[] } {
  const reached = new Set<string>()
  const refused: string[] = []
  const visit = (file: string): void => {
    if (reached.has(file)) return
    reached.add(file)
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec) + '.ts')
      else if (!allowedPackages.test(spec) || spec.startsWith('node:') || builtinModules.includes(spec))
        refused.push(`${path.basename(file)} → ${spec}`)
    }
  }
  visit(start)
  return { reached: [...reached], refused }
}
