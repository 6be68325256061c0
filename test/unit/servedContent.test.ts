/**
 * The two checks that keep a build from serving what is no longer public, on small
 * builds written to a temporary folder: the last check before a new build goes live
 * (verifyPublicFiles) and the check before a rollback to a kept build (keptBuildCheck).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { notPublicIn, rollbackRefusal } from '../../cms/publishing/keptBuildCheck'
import { nonPublicFiles } from '../../cms/publishing/verifyPublicFiles'
import type { Manifest } from '../../core/snapshot/schema'

let work: string

type Issue = Manifest['issues'][number]
const issue = (id: string, pdf: string | null): Issue =>
  ({
    id,
    year: Number(id.split('-')[0]),
    issueNumber: Number(id.split('-')[1]),
    totalNumber: 1,
    pdf: pdf ? { url: `/files/issues/${id}/${pdf}`, bytes: 3, pages: 1 } : null,
    cover: null,
  }) as Issue

/** Just what the checks read of a manifest. */
function manifest(documents: string[], interpretations: string[], issues: Issue[] = []): Manifest {
  return {
    documents: documents.map((id) => ({ id, title: `文件${id}` })),
    interpretations: interpretations.map((id) => ({ id, title: `解读${id}` })),
    withdrawn: [],
    issues,
  } as unknown as Manifest
}

function write(root: string, relative: string, content = 'abc'): string {
  const file = path.join(work, root, relative)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return file
}

beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-served-'))
})

afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true })
})

describe('the last check before a build goes live', () => {
  it('accepts pages and files of public items only', () => {
    write('dist', 'documents/a/index.html')
    write('dist', 'files/a/附件.pdf')
    write('dist', 'interpretations/j/index.html')
    write('dist', 'files/interpretations/j/图.png')
    write('dist', 'issues/2021/8/index.html')
    write('dist', 'files/issues/2021-8/gazette.pdf')
    expect(nonPublicFiles(path.join(work, 'dist'), manifest(['a'], ['j'], [issue('2021-8', 'gazette.pdf')]))).toEqual([])
  })

  it('names a page or file of an item the snapshot does not hold, and a print PDF held back', () => {
    write('dist', 'interpretations/gone/index.html')
    write('dist', 'issues/2020/1/index.html')
    write('dist', 'files/b/附件.pdf')
    write('dist', 'files/interpretations/gone/图.png')
    write('dist', 'files/issues/2021-8/gazette.pdf')
    expect(nonPublicFiles(path.join(work, 'dist'), manifest(['a'], [], [issue('2021-8', null)])).sort()).toEqual(
      [
        '快照中没有的解读页面 interpretations/gone/',
        '快照中没有的期刊页面 issues/2020/1/',
        '不属于任何公开内容的文件 /files/b/附件.pdf',
        '不属于任何公开内容的文件 /files/interpretations/gone/图.png',
        '不属于任何公开内容的文件 /files/issues/2021-8/gazette.pdf',
      ].sort(),
    )
  })

  it('refuses a search index carried over from the previous build when a page left since', () => {
    const kept = write('previous', 'pagefind/fragment/x.pf_fragment')
    fs.mkdirSync(path.join(work, 'dist', 'pagefind', 'fragment'), { recursive: true })
    fs.linkSync(kept, path.join(work, 'dist', 'pagefind', 'fragment', 'x.pf_fragment'))
    const previous = { dir: path.join(work, 'previous'), manifest: manifest(['a', 'b'], []) }
    expect(nonPublicFiles(path.join(work, 'dist'), manifest(['a'], []), previous)).toEqual([
      '/documents/b/ 已撤下，但 pagefind/fragment/x.pf_fragment 仍沿用上一次构建的文件',
    ])
    // Nothing left: carrying the index over is what an incremental build does.
    expect(nonPublicFiles(path.join(work, 'dist'), manifest(['a', 'b'], []), previous)).toEqual([])
  })
})

describe('the check before a rollback to a kept build', () => {
  const now = () => ({ dir: path.join(work, 'now'), manifest: manifest(['a'], ['j'], [issue('2021-8', 'corrected.pdf')]) })

  it('lets a kept build serve again what is public now, in the versions published now', () => {
    write('kept', 'files/a/附件.pdf', 'same bytes')
    write('now', 'files/a/附件.pdf', 'same bytes')
    const version = JSON.stringify({ updatedAt: '2026-01-01T00:00:00.000Z' })
    write('kept-snapshot', 'documents/a.json', version)
    write('now', 'documents/a.json', version)
    const kept = {
      dir: path.join(work, 'kept'),
      snapshotDir: path.join(work, 'kept-snapshot'),
      manifest: manifest(['a'], ['j'], [issue('2021-8', 'corrected.pdf')]),
    }
    expect(notPublicIn(kept, ['/documents/a/', '/interpretations/j/'], now())).toEqual([])
  })

  it('names an item still public in a newer version than the kept build serves', () => {
    write('kept-snapshot', 'documents/a.json', JSON.stringify({ updatedAt: '2026-01-01T00:00:00.000Z' }))
    write('now', 'documents/a.json', JSON.stringify({ updatedAt: '2026-02-01T00:00:00.000Z' }))
    write('kept-snapshot', 'interpretations/j.json', JSON.stringify({ updatedAt: '2026-01-01T00:00:00.000Z' }))
    write('now', 'interpretations/j.json', JSON.stringify({ updatedAt: '2026-01-01T00:00:00.000Z' }))
    const kept = { dir: path.join(work, 'kept'), snapshotDir: path.join(work, 'kept-snapshot'), manifest: manifest(['a'], ['j']) }
    expect(notPublicIn(kept, [], now())).toEqual(['《文件a》（已发布新版本）'])
  })

  it('names what is no longer public: pages, a replaced print PDF, a removed file, a search entry', () => {
    write('kept', 'files/a/旧附件.pdf')
    write('kept', 'files/b/附件.pdf')
    const kept = {
      dir: path.join(work, 'kept'),
      manifest: manifest(['a', 'b'], ['j', 'k'], [issue('2021-8', 'gazette.pdf'), issue('2020-1', null)]),
    }
    const items = notPublicIn(kept, ['/documents/a/', '/documents/c/'], now())
    expect(items).toEqual([
      '《文件b》',
      '《解读k》（政策解读）',
      '2021年第8期印刷版PDF',
      '2020年第1期公报',
      '《c》',
      '文件 /files/a/旧附件.pdf',
    ])
    expect(rollbackRefusal(items.slice(0, 1))).toBe('该版本包含现已撤回、不公开或已有新版本的内容：《文件b》，不能回滚；请重新构建。')
  })
})
