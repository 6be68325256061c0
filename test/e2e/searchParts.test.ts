/**
 * A search index in parts: the sample snapshot built again with one index part per two
 * indexed pages (SEARCH_INDEX_PART_SIZE=2, as a large gazette is split by year), three parts
 * built at once by separate workers (SEARCH_INDEX_CONCURRENCY=3), served, and searched in a
 * real browser. The parts must be merged so that every search and filter finds what the
 * one-piece index of the main build finds, with the same first answer.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { launchBrowser } from './helpers/browser'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const work = path.join(repoRoot, '.tmp', `e2e-parts-${process.pid}`)
const distDir = path.join(work, 'dist')
const wholeSite = inject('siteUrl')
let browser: Browser
let page: Page
let parts: StaticServer

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true })
  const build = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      SNAPSHOT_DIR: inject('gazetteEnv').SNAPSHOT_DIR,
      DIST_DIR: distDir,
      SEARCH_INDEX_PART_SIZE: '2',
      SEARCH_INDEX_CONCURRENCY: '3',
    },
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  parts = await startStaticServer(distDir)
  browser = await launchBrowser()
  page = await browser.newPage()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await parts?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

/** Result addresses in the order shown, once the search has settled. */
async function searchOn(base: string, search: string): Promise<string[]> {
  await page.goto(`${base}/search/?${search}`)
  await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
  return page.$$eval('li.search-result > a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
}

describe('a search index in parts', () => {
  it('is written in parts, newest years first, and listed for the search page', () => {
    const { parts: listed, delta } = JSON.parse(fs.readFileSync(path.join(distDir, 'pagefind', 'parts.json'), 'utf8')) as {
      parts: string[]
      delta: unknown
    }
    expect(delta).toBeNull()
    expect(listed.length).toBeGreaterThanOrEqual(2)
    for (const part of listed) expect(fs.existsSync(path.join(distDir, part, 'pagefind-entry.json'))).toBe(true)
  })

  it.each([
    ['a word in every document', 'q=政务公开'],
    ['a word in old documents only', 'q=旅游'],
    ['a document number', `q=${encodeURIComponent('运政办发[2022]18号')}`],
    ['a short name', `q=${encodeURIComponent('基层政务公开标准化规范化推进方案')}`],
    ['a year filter', `q=${encodeURIComponent('政务公开')}&${encodeURIComponent('年份')}=2019`],
  ])('answers %s as the one-piece index does', async (_, search) => {
    const whole = await searchOn(wholeSite, search)
    expect(whole.length).toBeGreaterThan(0)
    const split = await searchOn(parts.url, search)
    // The same documents with the same first answer; below it the order may differ a little,
    // because Pagefind weighs a word by how rare it is within each part.
    expect(split[0]).toBe(whole[0])
    expect([...split].sort()).toEqual([...whole].sort())
  })

  it('offers the years of every part in the year filter', async () => {
    const years = async (base: string) => {
      await searchOn(base, 'q=政务公开')
      await page.waitForFunction(() => (document.querySelector('select[data-filter="年份"]')?.querySelectorAll('option').length ?? 0) > 1)
      return page.$$eval('select[data-filter="年份"] option', (options) =>
        options
          .map((option) => (option as HTMLOptionElement).value)
          .filter(Boolean)
          .sort(),
      )
    }
    expect(await years(parts.url)).toEqual(await years(wholeSite))
  })
})
