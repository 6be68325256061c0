/**
 * core/verify runs unchanged in a reader's browser (/verify/): nothing it imports, directly
 * or through other core/ files, is a Node module (node:…, fs, path, crypto — which the
 * house rules otherwise allow in core/) or a package other than zod and @noble/curves, and
 * none of those files names a Node global.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { browserReach } from '../helpers/browserImports'

const folder = path.resolve(import.meta.dirname, '..', '..', '..', 'core', 'verify')
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.ts'))
const PACKAGES = /^(zod|@noble\/curves\/[\w.]+)$/

const reach = (start: string) => browserReach(start, PACKAGES)

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
