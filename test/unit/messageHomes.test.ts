/**
 * core/messages.ts says where an editor's messages live: its own, and a list of every
 * other file that holds a feature's messages. This keeps that list true: a new holder of
 * messages (an exported `…Messages` object, or a `…Message` constant or function) must be
 * named there, and a name there must still be a file.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const HOLDER = /^export (const \w*(Messages|Message)\s*=|function \w*Message\s*\()/m

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)))
    .filter((file) => !/(^|\/)(node_modules|\.next)\//.test(file))
}

const header = /^\/\*\*[\s\S]*?\*\//.exec(fs.readFileSync(path.join(repoRoot, 'core', 'messages.ts'), 'utf8'))?.[0] ?? ''
const holders = ['core', 'cms']
  .flatMap(sourceFiles)
  .filter((file) => file !== 'core/messages.ts' && HOLDER.test(fs.readFileSync(path.join(repoRoot, file), 'utf8')))

describe('where messages live', () => {
  it('finds the holders (the scan is not vacuous)', () => {
    expect(holders).toContain('cms/import/importMessages.ts')
    expect(holders).toContain('core/relations/relationChecks.ts')
  })

  it.each(holders)('core/messages.ts names %s', (file) => {
    expect(header).toContain(file)
  })

  it('names only files that exist', () => {
    const named = [...header.matchAll(/\b((?:core|cms)\/[\w/]+\.tsx?)\b/g)].map((m) => m[1] as string)
    expect(named.length).toBeGreaterThan(0)
    expect(named.filter((file) => !fs.existsSync(path.join(repoRoot, file)))).toEqual([])
  })
})
