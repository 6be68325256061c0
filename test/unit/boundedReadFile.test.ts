/**
 * Snapshot files are read with a bound on open files: a 30,000-document site reads more
 * files in parallel than a process may hold open (ulimit -n is 20,000 on our machines).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { boundedReadFile } from '../../site/lib/boundedReadFile'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-bounded-'))
const file = path.join(dir, 'document.json')
fs.writeFileSync(file, '{"id":"a"}')

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('boundedReadFile', () => {
  it('reads more files at once than a process may open', async () => {
    const texts = await Promise.all(Array.from({ length: 25_000 }, () => boundedReadFile(file)))
    expect(texts).toHaveLength(25_000)
    expect(new Set(texts)).toEqual(new Set(['{"id":"a"}']))
  })

  it('passes a failed read on and frees its slot', async () => {
    await expect(boundedReadFile(path.join(dir, 'missing.json'))).rejects.toThrow(/ENOENT/)
    await expect(boundedReadFile(file)).resolves.toBe('{"id":"a"}')
  })
})
