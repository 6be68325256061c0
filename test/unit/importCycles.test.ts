/**
 * No import cycles: no file reaches itself through static relative imports, and no two
 * folders (cms/issues, core/relations, …) import each other. A cycle makes the order in
 * which modules initialise matter, and two folders that need each other are one concept
 * split in two. Longer folder chains remain (a feature's collection queues site builds,
 * and the build exports every feature): the feature-folder rule puts both in one folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { relativeImports, resolveModule } from '../../core/build/importGraph'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const ROOTS = ['core', 'cms', 'site', 'scripts']
function sourceFiles(): Set<string> {
  const files = new Set<string>()
  for (const root of ROOTS) {
    for (const entry of fs.readdirSync(path.join(repoRoot, root), { recursive: true, withFileTypes: true })) {
      const file = path.relative(repoRoot, path.join(entry.parentPath, entry.name))
      if (entry.isFile() && /\.tsx?$/.test(entry.name) && !file.split(path.sep).some((part) => part === '.next' || part === 'node_modules'))
        files.add(file)
    }
  }
  return files
}

/** Each file's relative imports, read and resolved as the export's code stamp reads them (core/build/importGraph.ts). */
function importGraph(files: Set<string>): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const targets = relativeImports(fs.readFileSync(path.join(repoRoot, file), 'utf8'))
      .map((specifier) => resolveModule(path.join(repoRoot, path.dirname(file)), specifier))
      .map((target) => (target ? path.relative(repoRoot, target) : ''))
      .filter((target) => files.has(target))
    graph.set(file, targets)
  }
  return graph
}

function reachable(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>()
  const stack = [...(graph.get(start) ?? [])]
  while (stack.length > 0) {
    const next = stack.pop() as string
    if (seen.has(next)) continue
    seen.add(next)
    stack.push(...(graph.get(next) ?? []))
  }
  return seen
}

const folderOf = (file: string) => file.split(path.sep).slice(0, 2).join('/')

describe('import cycles', () => {
  const files = sourceFiles()
  const graph = importGraph(files)

  it('reads the sources (the check is not vacuous)', () => {
    expect(files.size).toBeGreaterThan(300)
    expect(graph.get(path.join('cms', 'payload.config.ts'))?.length).toBeGreaterThan(10)
  })

  it('no file reaches itself', () => {
    expect([...files].filter((file) => reachable(graph, file).has(file))).toEqual([])
  })

  it('no two folders import each other', () => {
    const folders = new Map<string, Set<string>>()
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (folderOf(file) === folderOf(target)) continue
        if (!folders.has(folderOf(file))) folders.set(folderOf(file), new Set())
        folders.get(folderOf(file))?.add(folderOf(target))
      }
    }
    const pairs: string[] = []
    for (const [from, targets] of folders)
      for (const to of targets) if (from < to && folders.get(to)?.has(from)) pairs.push(`${from} ↔ ${to}`)
    expect(pairs).toEqual([])
  })
})
