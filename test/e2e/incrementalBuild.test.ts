/**
 * Incremental builds: the sample gazette built in full (its index in parts of two pages,
 * as a large gazette's), then the snapshot changed as an export after edits would change
 * it (a document retitled, one withdrawn), built again from the first build
 * (PREVIOUS_BUILD) and, for reference, in full. The incremental build must render only
 * the pages that changed, keep the others as the very files of the first build, produce
 * the same site as the full build, and search must find what the full build's index
 * finds. A withdrawn page's text must not stay in index parts kept from the first build,
 * so that build indexes everything again; a second edit on top is indexed as a delta
 * over the kept parts, which must carry every change since the full index. Both builds log
 * the same publications, and the verify page then tells a kept copy of a page apart:
 * replaced, withdrawn, or current.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Manifest } from '../../core/snapshot/schema'
import { writeJson } from '../../core/snapshot/snapshotJson'
import { readFragments } from '../../core/build/searchFragments'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { logBuild } from '../../cms/verify/publicationLog'
import { writeSiteLog } from '../../cms/verify/siteLog'
import { siteKey } from '../../cms/signing/siteKey'
import { launchBrowser } from './helpers/browser'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const work = path.join(repoRoot, '.tmp', `e2e-incremental-${process.pid}`)
const dir = (name: string) => path.join(work, name)
const SEARCH_INDEXES = /^pagefind(-parts|-delta)?(\/|$)/
const BUILDS = ['a', 'full-2', 'incremental-2', 'incremental-3'] as const

let browser: Browser
let page: Page
const servers: StaticServer[] = []
const logs: Record<string, string> = {}
let retitled: { id: string; title: string }
let withdrawn: { id: string; title: string }
let second: { id: string; title: string }
let secondLog: Awaited<ReturnType<typeof logBuild>>['log'] | undefined

function build(name: string, snapshot: string, previous?: string): void {
  const result = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: repoRoot,
    env: { ...process.env, SNAPSHOT_DIR: snapshot, DIST_DIR: dir(name), PREVIOUS_BUILD: previous ?? '', SEARCH_INDEX_PART_SIZE: '2' },
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`astro build ${name} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`)
  logs[name] = result.stdout
}

const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as T

/** A copy of a snapshot with one document's title changed, in its file and in the manifest. */
function retitle(from: string, to: string, id: string, title: string): void {
  fs.cpSync(from, to, { recursive: true })
  const manifest = readJson<Manifest>(path.join(to, 'manifest.json'))
  const summary = manifest.documents.find((document) => document.id === id)
  if (!summary) throw new Error(`no document ${id}`)
  summary.title = title
  writeJson(path.join(to, 'manifest.json'), manifest)
  const file = path.join(to, 'documents', `${id}.json`)
  writeJson(file, { ...readJson<object>(file), title })
}

/** Withdrawn as the export writes it: no document file, a notice in the manifest. */
function withdraw(snapshot: string, id: string, withdrawnOn: string): void {
  const manifest = readJson<Manifest>(path.join(snapshot, 'manifest.json'))
  const summary = manifest.documents.find((document) => document.id === id)
  if (!summary) throw new Error(`no document ${id}`)
  manifest.documents = manifest.documents.filter((document) => document.id !== id)
  manifest.withdrawn.push({ id, title: summary.title, withdrawnOn })
  writeJson(path.join(snapshot, 'manifest.json'), manifest)
  fs.rmSync(path.join(snapshot, 'documents', `${id}.json`))
}

function files(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()
}

const sameFile = (a: string, b: string) => {
  const [x, y] = [fs.statSync(a), fs.statSync(b)]
  return x.ino === y.ino && x.dev === y.dev
}

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const sample = inject('gazetteEnv').SNAPSHOT_DIR as string
  const manifest = readJson<Manifest>(path.join(sample, 'manifest.json'))
  // Edited: the newest document. Withdrawn: one no other page points to (no relations, no
  // interpretation, in no issue), as a withdrawal in the CMS would leave the others unchanged.
  const printed = new Set(manifest.issues.flatMap((issue) => issue.sections.flatMap((section) => section.entries.map((entry) => entry.id))))
  const loose = manifest.documents.filter((summary) => {
    const document = readJson<{ relations: unknown[]; interpretations: unknown[] }>(path.join(sample, 'documents', `${summary.id}.json`))
    return document.relations.length === 0 && document.interpretations.length === 0 && !printed.has(summary.id)
  })
  const [first] = manifest.documents
  const [lone, other] = loose.filter((summary) => summary.id !== first?.id)
  if (!first || !lone || !other) throw new Error('the sample has too few documents for this test')
  retitled = { id: first.id, title: `${first.title}（萤火虫专项更正）` }
  withdrawn = { id: lone.id, title: lone.title }
  second = { id: other.id, title: `${other.title}（蜻蜓专项更正）` }

  build('a', sample)
  retitle(sample, dir('snapshot-2'), retitled.id, retitled.title)
  withdraw(dir('snapshot-2'), withdrawn.id, manifest.statusAsOf)
  build('full-2', dir('snapshot-2'))
  build('incremental-2', dir('snapshot-2'), dir('a'))
  retitle(dir('snapshot-2'), dir('snapshot-3'), second.id, second.title)
  build('incremental-3', dir('snapshot-3'), dir('incremental-2'))
  for (const name of BUILDS) servers.push(await startStaticServer(dir(name)))
  browser = await launchBrowser()
  page = await browser.newPage()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map((server) => server.close()))
  if (!process.env.KEEP_E2E_WORK) fs.rmSync(work, { recursive: true, force: true })
})

const server = (name: (typeof BUILDS)[number]) => servers[BUILDS.indexOf(name)] as StaticServer

/** Result addresses in the order shown, once the search has settled. */
async function searchOn(name: (typeof BUILDS)[number], query: string): Promise<string[]> {
  await page.goto(`${server(name).url}/search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
  return page.$$eval('li.search-result > a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
}

/** The filter options as shown, counts included, once they are filled. */
async function filterOptions(name: (typeof BUILDS)[number], filter: string): Promise<string[]> {
  await searchOn(name, '政务公开')
  await page.waitForFunction(
    (f) => (document.querySelector(`select[data-filter="${f}"]`)?.querySelectorAll('option').length ?? 0) > 1,
    filter,
  )
  return page.$$eval(`select[data-filter="${filter}"] option`, (options) => options.map((option) => option.textContent ?? ''))
}

describe('an incremental build', () => {
  it('renders only the pages whose content changed and keeps the others as the same files', () => {
    const planned = /Incremental build from .*: (\d+) item page\(s\) to render, (\d+) kept/.exec(logs['incremental-2'] ?? '')
    expect(planned, logs['incremental-2']).not.toBeNull()
    const [rendered, kept] = [Number(planned?.[1]), Number(planned?.[2])]
    // The retitled document, its number's page, the withdrawal notice and the name index's one
    // shard (a sample this small has one); nothing else.
    expect(rendered).toBeGreaterThanOrEqual(2)
    expect(rendered).toBeLessThanOrEqual(4)
    const { pages } = readJson<{ pages: Record<string, string> }>(`${dir('incremental-2')}.state.json`)
    expect(rendered + kept).toBe(Object.keys(pages).length)
    expect(kept).toBeGreaterThan(rendered)
    const unchanged = `documents/${second.id}/index.html`
    expect(sameFile(path.join(dir('a'), unchanged), path.join(dir('incremental-2'), unchanged))).toBe(true)
    const edited = `documents/${retitled.id}/index.html`
    expect(sameFile(path.join(dir('a'), edited), path.join(dir('incremental-2'), edited))).toBe(false)
    // The first build's files were linked, never written through.
    expect(fs.readFileSync(path.join(dir('a'), edited), 'utf8')).not.toContain('萤火虫')
  })

  it('starts from the fragments the full build recorded, the same as its index holds', async () => {
    // Read by the full index's workers, so that the first edit after it does not read them all.
    const state = readJson<{ search: { parts: string[]; fragments?: Record<string, unknown> } }>(`${dir('a')}.state.json`)
    const indexes = ['pagefind', ...state.search.parts].map((part) => path.join(dir('a'), part))
    const fromIndex = await readFragments(indexes)
    expect(Object.keys(fromIndex).length).toBeGreaterThan(5)
    expect(state.search.fragments).toEqual(fromIndex)
    expect(logs['incremental-3']).toMatch(/Pagefind indexed \d+ pages into .* a delta over/)
  })

  it('builds the same site as a full build of the same snapshot', () => {
    const site = (name: string) => files(dir(name)).filter((file) => !SEARCH_INDEXES.test(file))
    expect(site('incremental-2')).toEqual(site('full-2'))
    const differing = site('full-2').filter(
      (file) => !fs.readFileSync(path.join(dir('full-2'), file)).equals(fs.readFileSync(path.join(dir('incremental-2'), file))),
    )
    expect(differing).toEqual([])
    expect(fs.readFileSync(path.join(dir('incremental-2'), 'documents', withdrawn.id, 'index.html'), 'utf8')).toContain('撤回')
  })

  it('logs the same publications as the full build, given the same log so far', async () => {
    const key = await siteKey({ ...process.env, SITE_SIGNING_KEY: '' })
    const step = async (
      name: (typeof BUILDS)[number],
      snapshot: string,
      from: Awaited<ReturnType<typeof logBuild>>['log'] | null,
      previousDistDir?: string,
    ) =>
      logBuild({
        from,
        distDir: dir(name),
        snapshotDir: snapshot,
        manifest: readJson<Manifest>(path.join(snapshot, 'manifest.json')),
        builtAt: '2026-12-05T00:00:00.000Z',
        key,
        previousDistDir,
      })
    const first = await step('a', inject('gazetteEnv').SNAPSHOT_DIR as string, null)
    const full = await step('full-2', dir('snapshot-2'), first.log)
    const incremental = await step('incremental-2', dir('snapshot-2'), first.log)
    expect(incremental.added).toEqual(full.added)
    expect(incremental.log.head).toEqual(full.log.head)
    // Again with the hashes build a saved (its kept pages are hard links here): the same log.
    const cached = await step('incremental-2', dir('snapshot-2'), first.log, dir('a'))
    expect(cached.added).toEqual(full.added)
    expect(cached.log.head).toEqual(full.log.head)
    // The retitled document is updated and the withdrawn one withdrawn, with its notice page.
    const kinds = Object.fromEntries(full.added.map((entry) => [entry.item.id, entry.kind]))
    expect(kinds[retitled.id]).toBe('update')
    expect(kinds[withdrawn.id]).toBe('withdraw')
    secondLog = full.log
  })

  it('tells a reader on the verify page that a kept copy was replaced or withdrawn', async () => {
    await writeSiteLog(dir('full-2'), secondLog as NonNullable<typeof secondLog>, null)
    const answer = async (file: string) => {
      await page.goto(`${server('full-2').url}/verify/`)
      await page.waitForSelector('#verify-form:not([hidden])')
      await page.setInputFiles('#verify-file', file)
      await page.waitForFunction(() =>
        /未改动|已被更新|已撤回|从未发布|无法核验/.test(document.querySelector('#verify-result')?.textContent ?? ''),
      )
      return { text: (await page.textContent('#verify-result')) ?? '', state: await page.getAttribute('#verify-result', 'data-state') }
    }
    const documentFile = (name: (typeof BUILDS)[number], id: string) => path.join(dir(name), 'documents', id, 'index.html')
    expect(await answer(documentFile('a', retitled.id))).toMatchObject({ state: 'superseded', text: expect.stringContaining('已被更新') })
    expect(await answer(documentFile('a', withdrawn.id))).toMatchObject({ state: 'withdrawn', text: expect.stringContaining('已撤回') })
    expect(await answer(documentFile('full-2', retitled.id))).toMatchObject({ state: 'unchanged', text: expect.stringContaining('未改动') })
    // The withdrawal notice now at the address is itself what was published.
    expect(await answer(documentFile('full-2', withdrawn.id))).toMatchObject({
      state: 'unchanged',
      text: expect.stringContaining('撤回公告'),
    })
  })

  it('finds the edited document by its new words, as the full index does', async () => {
    const full = await searchOn('full-2', '萤火虫')
    expect(full[0]).toBe(`/documents/${retitled.id}/`)
    expect(await searchOn('incremental-2', '萤火虫')).toEqual(full)
  })

  it('no longer finds the withdrawn document, and lists an edited one once', async () => {
    const gone = `/documents/${withdrawn.id}/`
    expect(await searchOn('a', withdrawn.title)).toContain(gone)
    // The first build's index parts held the withdrawn text: this build indexed everything again.
    expect(readJson<{ delta: unknown }>(path.join(dir('incremental-2'), 'pagefind', 'parts.json')).delta).toBeNull()
    expect(logs['incremental-2']).toMatch(/indexed page\(s\) left the site since the full index/)
    const after = await searchOn('incremental-2', withdrawn.title)
    expect(after).not.toContain(gone)
    expect(after).toEqual(await searchOn('full-2', withdrawn.title))
    const common = await searchOn('incremental-2', '政务公开')
    expect(common).not.toContain(gone)
    expect(new Set(common).size).toBe(common.length)
    expect([...common].sort()).toEqual([...(await searchOn('full-2', '政务公开'))].sort())
  })

  it('counts each page once in the filters', async () => {
    for (const filter of ['年份', '发文机关', '有效性']) {
      expect(await filterOptions('incremental-2', filter)).toEqual(await filterOptions('full-2', filter))
    }
  })

  it('carries every change since the full index into the next incremental build', async () => {
    const layout = readJson<{ delta: { superseded: string[] } | null }>(path.join(dir('incremental-3'), 'pagefind', 'parts.json'))
    expect(layout.delta?.superseded.length).toBeGreaterThanOrEqual(1)
    expect((await searchOn('incremental-3', '蜻蜓'))[0]).toBe(`/documents/${second.id}/`)
    expect((await searchOn('incremental-3', '萤火虫'))[0]).toBe(`/documents/${retitled.id}/`)
    expect(await searchOn('incremental-3', withdrawn.title)).not.toContain(`/documents/${withdrawn.id}/`)
  })
})
