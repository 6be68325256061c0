/**
 * core/history runs unchanged in a reader's browser (the date form of a document page):
 * nothing it imports, directly or through other core/ files, is a Node module or a package
 * other than zod and diff, none of those files names a Node global, and none of its own
 * files makes a Date, so no machine's time zone can move a day.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { browserReach } from '../helpers/browserImports'

const folder = path.resolve(import.meta.dirname, '..', '..', '..', 'core', 'history')
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.ts'))
const PACKAGES = /^(zod|diff)$/

const reach = (start: string) => browserReach(start, PACKAGES)

describe('core/history is browser-safe', () => {
  it('has its files (the scan is not vacuous)', () => {
    expect(files).toEqual(expect.arrayContaining(['versionOnDate.ts', 'compareTexts.ts', 'versionIndex.ts']))
    expect(reach(path.join(folder, 'versionIndex.ts')).reached.map((file) => path.basename(file))).toContain('wordDiff.ts')
  })

  it.each(files)('%s imports nothing a browser lacks', (name) => {
    const { reached, refused } = reach(path.join(folder, name))
    expect(refused).toEqual([])
    for (const file of reached) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/\b(Buffer|process|require)\s*[.(]/)
  })

  it.each(files)('%s makes no Date', (name) => {
    expect(fs.readFileSync(path.join(folder, name), 'utf8')).not.toMatch(/\bnew Date\b|\bDate\.(now|parse|UTC)\b/)
  })
})
