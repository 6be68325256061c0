/**
 * A folder of page images with one file that is no image (a broken scan, a stray file
 * named like a page): the other pages are read, side by side, and keep their numbers; the
 * broken one is listed as unread with its file name and the reason, never the whole issue
 * refused. The readable pages are a real scanned line (test/fixtures/backIssues/README.md).
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readIssuePages } from '../../cms/backIssues/issuePages'

const line = path.resolve('test/fixtures/backIssues/scan-300dpi-line.jpg')
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongbao-unreadable-page-'))
  await copyFile(line, path.join(folder, 'page1.jpg'))
  await writeFile(path.join(folder, 'page2.png'), 'not an image at all')
  await copyFile(line, path.join(folder, 'page10.jpg'))
})

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true })
})

describe('a folder of page images with a broken file', () => {
  it('reads the other pages in their places and lists the broken one with its file name', async () => {
    const progress: Array<[number, number]> = []
    const read = await readIssuePages(folder, { onPage: (done, total) => progress.push([done, total]) })
    expect(read.kind).toBe('images')
    expect(read.pages.map((page) => page.page)).toEqual([1, 2, 3])
    expect(read.unread).toHaveLength(1)
    expect(read.unread[0]?.page).toBe(2)
    expect(read.unread[0]?.reason).toMatch(/^page2\.png：/u)
    const text = (page: number) =>
      read.pages[page - 1]!.lines.map((l) => l.text)
        .join('')
        .replace(/\s+/gu, '')
        .normalize('NFKC')
    expect(text(1)).toContain('在政府门户网站')
    expect(text(2)).toBe('')
    expect(text(3)).toContain('在政府门户网站')
    expect([...read.skews.keys()]).toEqual([1, 3])
    expect(progress.map(([done]) => done).sort((a, b) => a - b)).toEqual([1, 2, 3])
    expect(progress.every(([, total]) => total === 3)).toBe(true)
  }, 120_000)
})
