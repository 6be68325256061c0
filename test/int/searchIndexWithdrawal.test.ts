/**
 * The search index of an incremental build after a page left it, with real Pagefind on
 * a small site in a temporary folder: a withdrawn page's text must not stay in the index
 * parts kept from the previous build (fragments hold its full text, the word index its
 * words and their positions), so the build indexes everything again; an edited page's
 * old fragment (its old version's full text) is not carried over either.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import type { AstroIntegrationLogger } from 'astro'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { buildIndex } from '../../site/integrations/pagefind'
import { updateDeltaIndex } from '../../site/integrations/pagefind/deltaIndex'
import type { RenderPlan } from '../../site/integrations/incremental/renderPlan'

let work: string
const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger
const dir = (name: string) => path.join(work, name)

function writePage(site: string, id: string, text: string, indexed = true): void {
  const file = path.join(dir(site), 'documents', id, 'index.html')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const body = indexed
    ? `<article data-pagefind-body data-pagefind-filter="年份:2022"><h1>${id}</h1><p>${text}</p></article>`
    : `<h1>本文件已撤回</h1>`
  fs.writeFileSync(file, `<!doctype html><html lang="zh-CN"><head><title>${id}</title></head><body>${body}</body></html>`)
}

/** Files of a site holding `needle`, gzip files (the index) read unpacked and white space left out (Pagefind splits words with U+200B). */
function filesHolding(site: string, needle: string): string[] {
  return fs
    .readdirSync(dir(site), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      let bytes = fs.readFileSync(file)
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes)
      return bytes
        .toString('utf8')
        .replace(/[\s\u200b]+/g, '')
        .includes(needle)
    })
    .map((file) => path.relative(dir(site), file))
}

function plan(render: string[], keep: string[]): Extract<RenderPlan, { mode: 'incremental' }> {
  const pages = Object.fromEntries([...render, ...keep].map((url) => [url, 'fingerprint']))
  return {
    mode: 'incremental',
    previousDir: dir('previous'),
    previous: { version: 1, global: 'g', pages, search: { parts: [], changed: [] } },
    render: new Set(render),
    keep,
    removed: [],
  }
}

beforeEach(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-search-withdrawal-'))
  writePage('previous', 'a', '甲文件的正文写着萤火虫计划的细节')
  writePage('previous', 'b', '乙文件的正文写着蜻蜓计划的细节')
  await buildIndex(dir('previous'), logger)
  // The next build keeps b as it was.
  writePage('next', 'b', '乙文件的正文写着蜻蜓计划的细节')
})

afterEach(() => {
  fs.rmSync(work, { recursive: true, force: true })
})

describe('the search index after a page left it', () => {
  it('is built again in full when a page was withdrawn, and then holds none of its text', async () => {
    expect(filesHolding('previous', '萤火虫计划').some((file) => file.endsWith('.pf_fragment'))).toBe(true)
    writePage('next', 'a', '', false)
    expect(await updateDeltaIndex(dir('next'), plan(['/documents/a/'], ['/documents/b/']), 1000, logger)).toBeNull()
    // Nothing of the previous index was carried over; the caller indexes the site as it is now.
    expect(fs.existsSync(path.join(dir('next'), 'pagefind'))).toBe(false)
    await buildIndex(dir('next'), logger)
    expect(filesHolding('next', '萤火虫')).toEqual([])
    expect(filesHolding('next', '蜻蜓计划').some((file) => file.endsWith('.pf_fragment'))).toBe(true)
  })

  it("indexes an edited page into the delta and leaves its old version's fragment behind", async () => {
    writePage('next', 'a', '甲文件的正文改为萤石计划的细节')
    const state = await updateDeltaIndex(dir('next'), plan(['/documents/a/'], ['/documents/b/']), 1000, logger)
    expect(state?.changed).toEqual(['/documents/a/'])
    const fragments = filesHolding('next', '').filter((file) => file.endsWith('.pf_fragment'))
    expect(fragments.filter((file) => filesHolding('next', '萤火虫计划').includes(file))).toEqual([])
    expect(filesHolding('next', '萤石计划').some((file) => file.startsWith('pagefind-delta/'))).toBe(true)
    expect(filesHolding('next', '蜻蜓计划').some((file) => file.startsWith('pagefind/fragment/'))).toBe(true)
  })
})
