/**
 * The publication log step's hash cache (cms/verify/hashCache.ts): a file the next build
 * shares with the previous one by a hard link is not hashed again; a file written anew is,
 * even at the same path; record hashes are dropped when the cache was made by other code.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { hashCache, hashesFile } from '../../cms/verify/hashCache'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-hash-cache-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A build folder `name` holding `files` (name → text); a file given as `{ link }` is hard-linked from another build. */
function build(name: string, files: Record<string, string | { link: string }>): string {
  const dir = path.join(work, name)
  fs.mkdirSync(dir, { recursive: true })
  for (const [file, content] of Object.entries(files)) {
    if (typeof content === 'string') fs.writeFileSync(path.join(dir, file), content)
    else fs.linkSync(path.join(work, content.link, file), path.join(dir, file))
  }
  return dir
}

/** Rewrites a build's saved hashes, as a stand-in for what the build before had computed. */
function rewriteSaved(
  dir: string,
  change: (stored: { code: string; files: Record<string, string>; records: Record<string, string> }) => void,
) {
  const stored = JSON.parse(fs.readFileSync(hashesFile(dir), 'utf8'))
  change(stored)
  fs.writeFileSync(hashesFile(dir), JSON.stringify(stored))
}

describe('the publication log hash cache', () => {
  it('hashes every file of a first build, and saves what it hashed beside the build', () => {
    const first = build('first', { 'a.html': 'page a', 'b.html': 'page b' })
    const cache = hashCache(null)
    expect(cache.file(path.join(first, 'a.html'))).toBe(sha256('page a'))
    expect(cache.record(path.join(first, 'b.html'), () => 'record-b')).toBe('record-b')
    cache.save(first)
    const saved = JSON.parse(fs.readFileSync(hashesFile(first), 'utf8'))
    expect(Object.values(saved.files)).toEqual([sha256('page a')])
    expect(Object.values(saved.records)).toEqual(['record-b'])
  })

  it('takes a hard-linked file’s hash from the build before without reading it, and hashes a rewritten one', () => {
    const first = path.join(work, 'first')
    // What the first build saved is altered: a value only the cache can give proves the file was not read again.
    rewriteSaved(first, (stored) => {
      for (const id of Object.keys(stored.files)) stored.files[id] = 'from-the-cache'
      for (const id of Object.keys(stored.records)) stored.records[id] = 'record-from-the-cache'
    })
    const second = build('second', { 'a.html': { link: 'first' }, 'b.html': 'page b, edited' })
    const cache = hashCache(first)
    expect(cache.file(path.join(second, 'a.html'))).toBe('from-the-cache')
    expect(cache.file(path.join(second, 'b.html'))).toBe(sha256('page b, edited'))
    // b.html of the first build had a record hash; the rewritten file is a new file.
    expect(cache.record(path.join(second, 'b.html'), () => 'record-b2')).toBe('record-b2')
    cache.save(second)
    // The next build's cache holds only this build's files.
    const saved = JSON.parse(fs.readFileSync(hashesFile(second), 'utf8'))
    expect(Object.values(saved.files).sort()).toEqual(['from-the-cache', sha256('page b, edited')].sort())
  })

  it('drops record hashes made by other code, keeping file hashes (bytes do not depend on code)', () => {
    const first = path.join(work, 'first')
    rewriteSaved(first, (stored) => {
      stored.code = 'older-code'
    })
    const third = build('third', { 'a.html': { link: 'first' }, 'b.html': { link: 'first' } })
    const cache = hashCache(first)
    expect(cache.file(path.join(third, 'a.html'))).toBe('from-the-cache')
    expect(cache.record(path.join(third, 'b.html'), () => 'computed-again')).toBe('computed-again')
  })

  it('hashes everything when the saved hashes are missing or unreadable', () => {
    const first = path.join(work, 'first')
    fs.writeFileSync(hashesFile(first), '{ not json')
    const fourth = build('fourth', { 'a.html': { link: 'first' } })
    expect(hashCache(first).file(path.join(fourth, 'a.html'))).toBe(sha256('page a'))
    expect(hashCache(path.join(work, 'no-such-build')).file(path.join(fourth, 'a.html'))).toBe(sha256('page a'))
  })
})
