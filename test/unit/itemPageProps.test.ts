/**
 * Item pages show only their props. An incremental build keeps an item page whose props
 * (and the global fingerprint) did not change (site/integrations/incremental/itemPages.ts),
 * so a route or a component that read the snapshot itself would show data its fingerprint
 * does not cover, and the build would keep a stale page. Read from the sources: every
 * route filtered by the render plan goes through pathsToRender with a listed route, and
 * nothing an item route imports reads the snapshot, except the two sanctioned doors.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { itemRoutes } from '../../site/lib/itemPages/itemRoutes'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const site = path.join(repoRoot, 'site')
const relative = (file: string) => path.relative(repoRoot, file).split(path.sep).join('/')

/** Where an item page may reach the snapshot: its props, and the gazette settings of the global fingerprint. */
const DOORS = new Set(['site/lib/itemPages/pathsToRender.ts', 'site/lib/gazette.ts'])
/** Modules that read the snapshot (or any file) for whoever imports them. */
const READERS = new Set(['site/lib/snapshot.ts', 'site/lib/snapshotReader.ts', 'site/lib/boundedReadFile.ts'])
const READING_SPECIFIERS = /^(virtual:gongbao\/snapshot|node:fs|fs|astro:content)(\/|$)/
/**
 * The snapshot's images as Astro image imports (site/integrations/snapshotImages.ts): an
 * image is named in the props by its address and size; the pipeline's variants of it
 * are assets, which an incremental build carries over whole.
 */
const ALLOWED_SPECIFIERS = new Set(['virtual:gongbao/images', 'virtual:gongbao/render-plan'])

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/** What a module imports at run time: type-only imports read nothing. */
function runtimeImports(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/[^\n]*/gm, '')
  const specifiers: string[] = []
  for (const match of code.matchAll(/\b(import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/g)) {
    if (!match[2]) specifiers.push(match[3] as string)
  }
  for (const match of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1] as string)
  return specifiers
}

function resolveModule(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier)
  const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find((candidate) =>
    fs.statSync(candidate, { throwIfNoEntry: false })?.isFile(),
  )
  if (!found) throw new Error(`${relative(from)} imports ${specifier}, which is not a file`)
  return found
}

/** Every way an item route reaches data other than its props: `file → what it imports`. */
function snapshotReads(route: string): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  const pending = [route]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || DOORS.has(relative(file))) continue
    seen.add(file)
    if (READERS.has(relative(file))) {
      found.push(`reaches ${relative(file)}`)
      continue
    }
    if (!/\.(ts|astro|mjs)$/.test(file)) continue
    for (const specifier of runtimeImports(file)) {
      if (specifier.startsWith('.')) pending.push(resolveModule(file, specifier))
      else if (READING_SPECIFIERS.test(specifier)) found.push(`${relative(file)} → ${specifier}`)
      else if (specifier.startsWith('virtual:') && !ALLOWED_SPECIFIERS.has(specifier)) found.push(`${relative(file)} → ${specifier}`)
    }
    if (/\bimport\.meta\.glob\b|\bAstro\.glob\b/.test(fs.readFileSync(file, 'utf8'))) found.push(`${relative(file)} globs files`)
  }
  return found
}

const routeFiles = sourceFiles(path.join(site, 'pages')).filter((file) => /\bpathsToRender\(/.test(fs.readFileSync(file, 'utf8')))

describe('item pages', () => {
  it('each listed item route is the paths of exactly one page route', () => {
    const used = routeFiles.map((file) => /\bpathsToRender\((\w+)\)/.exec(fs.readFileSync(file, 'utf8'))?.[1])
    expect(used.sort()).toEqual(itemRoutes.map((route) => route.name).sort())
  })

  it('only pathsToRender filters pages by the render plan', () => {
    const filtering = sourceFiles(site).filter((file) => /\brendersPage\(/.test(fs.readFileSync(file, 'utf8')))
    expect(filtering.map(relative).sort()).toEqual(['site/lib/itemPages/pathsToRender.ts', 'site/lib/renderPlan.ts'])
  })

  it('item routes and everything they import show their props, never the snapshot read again', () => {
    expect(routeFiles.length).toBeGreaterThan(0)
    for (const route of routeFiles) expect(snapshotReads(route), relative(route)).toEqual([])
  })

  it('the scan sees a component that loads the snapshot itself', () => {
    // Outside site/: a file there, even for a moment, would change the site's code stamp.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-scan-'))
    try {
      const snapshotModule = path
        .relative(dir, path.join(site, 'lib', 'snapshot'))
        .split(path.sep)
        .join('/')
      fs.writeFileSync(
        path.join(dir, 'Reads.astro'),
        `---\nimport { loadManifest } from '${snapshotModule}'\nconst m = await loadManifest()\n---\n`,
      )
      const route = path.join(dir, 'route.astro')
      fs.writeFileSync(route, `---\nimport type { X } from '${snapshotModule}'\nimport Reads from './Reads.astro'\n---\n<Reads />\n`)
      expect(snapshotReads(route)).toEqual(['reaches site/lib/snapshot.ts'])
      fs.writeFileSync(route, `---\nimport type { X } from '${snapshotModule}'\n---\n`)
      expect(snapshotReads(route)).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
