/**
 * core/crashPoint.ts lists the points where the crash tests kill a process; this keeps the
 * list and the tests together: every point is placed in the code and killed at by a crash
 * test (test/int/crashSafety*.test.ts), so none is listed without being shown safe.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { crashPoints } from '../../core/crashPoint'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')

function read(folder: string, keep: (file: string) => boolean): string {
  return fs
    .readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))
    .join('\n')
}

const code = ['cms', 'core'].map((folder) => read(folder, (name) => name.endsWith('.ts'))).join('\n')
const tests = read('test/int', (name) => /^crashSafety.*\.test\.ts$/.test(name))

describe('crash points', () => {
  it.each(Object.keys(crashPoints))('%s is placed in the code and killed at by a crash test', (name) => {
    expect(code.includes(`crashPoint('${name}')`) || code.includes(`, '${name}')`)).toBe(true)
    expect(tests).toContain(`'${name}'`)
  })
})
