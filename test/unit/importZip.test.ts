/**
 * Reading .zip archives for a batch import: names as Chinese offices' tools write them,
 * folders and junk passed over, unsafe paths and bombs refused file by file, and the
 * limits read from the environment. Archives are built with fflate, then patched where
 * a test needs an archive no honest tool writes (a lying size, an encrypted flag).
 */
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

import { DEFAULT_IMPORT_LIMITS, importLimits } from '../../cms/import/importLimits'
import { formatSize, importMessages } from '../../cms/import/importMessages'
import { ImportRefusedError } from '../../cms/import/importRefusal'
import { listZip, type ZipItem } from '../../cms/import/readZip'
import { classifyEntryPath } from '../../cms/import/zipEntryPath'

const limits = { maxFiles: 5, maxBytes: 1024 }
const zip = (files: Record<string, string | Uint8Array>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]))),
  )

async function listed(archive: Buffer, max = limits): Promise<Array<{ path: string; text?: string; refusal?: string }>> {
  const { items, close } = await listZip(archive, max)
  try {
    return await Promise.all(
      items.map(async (item: ZipItem) => {
        if ('refusal' in item) return { path: item.path, refusal: item.refusal }
        try {
          return { path: item.path, text: (await item.read()).toString('utf8') }
        } catch (error) {
          return { path: item.path, refusal: (error as Error).message }
        }
      }),
    )
  } finally {
    close()
  }
}

/** Every central-directory and local header of the archive, for patching one field in both. */
function headers(archive: Buffer): Array<{ at: number; central: boolean }> {
  const found: Array<{ at: number; central: boolean }> = []
  for (const [signature, central] of [
    [0x04034b50, false],
    [0x02014b50, true],
  ] as const) {
    const bytes = Buffer.alloc(4)
    bytes.writeUInt32LE(signature)
    for (let at = archive.indexOf(bytes); at !== -1; at = archive.indexOf(bytes, at + 4)) found.push({ at, central })
  }
  return found
}

describe('paths inside an archive', () => {
  it.each([
    ['通知/2022/a.html', { kind: 'file', path: '通知/2022/a.html' }],
    ['./docs//a.txt', { kind: 'file', path: 'docs/a.txt' }],
    ['folder/', { kind: 'skipped' }],
    ['__MACOSX/._a.txt', { kind: 'skipped' }],
    ['docs/.DS_Store', { kind: 'skipped' }],
    ['.hidden/a.txt', { kind: 'skipped' }],
    ['docs/Thumbs.db', { kind: 'skipped' }],
    ['../evil.txt', { kind: 'unsafe', path: '../evil.txt' }],
    ['docs/../../evil.txt', { kind: 'unsafe', path: 'docs/../../evil.txt' }],
    ['/etc/passwd', { kind: 'unsafe', path: '/etc/passwd' }],
    ['C:/Windows/win.ini', { kind: 'unsafe', path: 'C:/Windows/win.ini' }],
  ])('%s', (name, expected) => {
    expect(classifyEntryPath(name)).toEqual(expected)
  })
})

describe('listing and reading an archive', () => {
  it('lists the files, nested folders included, and reads each when asked', async () => {
    const archive = zip({ 'a.txt': '甲', '2022/06/b.html': '<p>乙</p>', '__MACOSX/2022/._b.html': 'junk', '2022/': new Uint8Array(0) })
    expect(await listed(archive)).toEqual([
      { path: 'a.txt', text: '甲' },
      { path: '2022/06/b.html', text: '<p>乙</p>' },
    ])
  })

  it('refuses an unsafe path, a .zip inside and a file too large unpacked, and reads the rest', async () => {
    const bomb = new Uint8Array(limits.maxBytes + 1)
    const archive = zip({ '../evil.txt': 'x', 'inner.zip': zip({ 'a.txt': 'a' }), 'zeros.txt': bomb, 'ok.txt': '好' })
    // The zeros compress to a few bytes: only the unpacked size counts.
    expect(archive.length).toBeLessThan(600)
    expect(await listed(archive)).toEqual([
      { path: '../evil.txt', refusal: importMessages.zipUnsafePath },
      { path: 'inner.zip', refusal: importMessages.nestedZip },
      { path: 'zeros.txt', refusal: importMessages.zipUnpackedTooLarge(limits.maxBytes + 1, limits.maxBytes) },
      { path: 'ok.txt', text: '好' },
    ])
  })

  it('stops unpacking a file that claims a small size and unpacks to more', async () => {
    const archive = zip({ 'liar.txt': new Uint8Array(100_000), 'ok.txt': '好' })
    for (const { at, central } of headers(archive)) {
      const name = archive.toString(
        'utf8',
        at + (central ? 46 : 30),
        at + (central ? 46 : 30) + archive.readUInt16LE(at + (central ? 28 : 26)),
      )
      if (name === 'liar.txt') archive.writeUInt32LE(10, at + (central ? 24 : 22))
    }
    expect(await listed(archive, { maxFiles: 5, maxBytes: 1_000_000 })).toEqual([
      { path: 'liar.txt', refusal: importMessages.zipSizeMismatch },
      { path: 'ok.txt', text: '好' },
    ])
  })

  it('refuses an encrypted file and an unknown compression method', async () => {
    const archive = zip({ 'secret.txt': 'x', 'lzma.txt': 'y', 'ok.txt': 'z' })
    for (const { at, central } of headers(archive)) {
      if (!central) continue
      const name = archive.toString('utf8', at + 46, at + 46 + archive.readUInt16LE(at + 28))
      if (name === 'secret.txt') archive.writeUInt16LE(archive.readUInt16LE(at + 8) | 1, at + 8)
      if (name === 'lzma.txt') archive.writeUInt16LE(14, at + 10)
    }
    expect(await listed(archive)).toEqual([
      { path: 'secret.txt', refusal: importMessages.zipEncrypted },
      { path: 'lzma.txt', refusal: importMessages.zipUnsupportedMethod },
      { path: 'ok.txt', text: 'z' },
    ])
  })

  it.each([
    // 通知 in GB18030 happens to be valid UTF-8 too (two two-byte characters).
    ['GB18030 that reads as UTF-8', '通知', Buffer.from([0xcd, 0xa8, 0xd6, 0xaa])],
    ['GB18030 that does not', '关于印发', Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0xd3, 0xa1, 0xb7, 0xa2])],
    ['UTF-8', '关于印发', Buffer.from('关于印发', 'utf8')],
  ])('reads names written without the UTF-8 flag: %s', async (_case, name, bytes) => {
    // fflate writes an ASCII name without the flag; swap in the raw bytes (same length).
    const placeholder = 'n'.repeat(bytes.length)
    const archive = zip({ [`${placeholder}/a.txt`]: '正文' })
    for (let at = archive.indexOf(placeholder); at !== -1; at = archive.indexOf(placeholder, at + bytes.length)) bytes.copy(archive, at)
    expect(await listed(archive)).toEqual([{ path: `${name}/a.txt`, text: '正文' }])
  })

  it('refuses the whole archive when it holds more files than one import may', async () => {
    const files = Object.fromEntries(Array.from({ length: limits.maxFiles + 1 }, (_, i) => [`f${i}.txt`, 'x']))
    await expect(listZip(zip(files), limits)).rejects.toThrow(importMessages.zipTooManyFiles(limits.maxFiles))
    // Junk does not count.
    const withJunk = zip({
      ...Object.fromEntries(Object.entries(files).slice(0, limits.maxFiles)),
      '.DS_Store': 'x',
      '__MACOSX/._f0.txt': 'x',
    })
    expect(await listed(withJunk)).toHaveLength(limits.maxFiles)
  })

  it('refuses what is not a zip', async () => {
    await expect(listZip(Buffer.from('not a zip at all'), limits)).rejects.toBeInstanceOf(ImportRefusedError)
    await expect(listZip(Buffer.from('not a zip at all'), limits)).rejects.toThrow(importMessages.notAZip)
  })
})

describe('limits', () => {
  it('reads IMPORT_MAX_FILES and IMPORT_MAX_BYTES, and keeps the defaults for anything invalid', () => {
    expect(importLimits({})).toEqual(DEFAULT_IMPORT_LIMITS)
    expect(importLimits({ IMPORT_MAX_FILES: '50', IMPORT_MAX_BYTES: '2097152' })).toEqual({ maxFiles: 50, maxBytes: 2097152 })
    for (const bad of ['0', '-1', '1.5', 'many', '', '99999999999999999999']) {
      expect(importLimits({ IMPORT_MAX_FILES: bad, IMPORT_MAX_BYTES: bad })).toEqual(DEFAULT_IMPORT_LIMITS)
    }
  })

  it('names sizes as an editor reads them', () => {
    expect(formatSize(10 * 1024 * 1024)).toBe('10 MB')
    expect(formatSize(12.34 * 1024 * 1024)).toBe('12.3 MB')
    expect(formatSize(64 * 1024)).toBe('64 KB')
    expect(formatSize(1)).toBe('1 KB')
  })
})
