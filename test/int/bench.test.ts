/**
 * The scale benchmark end to end at N = 200, as CI runs it: it must work, not be fast.
 * No timing is asserted; every stage must report real figures, the built site must hold
 * every generated document, and every document-number query must find its document first.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { benchScale } from '../../scripts/bench/scale/scaleBench'
import type { BenchReport } from '../../scripts/bench/scale/types'

const DOCS = 200
let report: BenchReport
let written: BenchReport
let jsonDir: string

beforeAll(async () => {
  jsonDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-bench-test-'))
  const json = path.join(jsonDir, 'bench.json')
  // Three queries of each kind keep the search part short; the figures are the same kind.
  report = await benchScale({ docs: DOCS, seed: 7, json, skipSearch: false, queriesPerKind: 3, keep: false, log: () => {} })
  written = JSON.parse(fs.readFileSync(json, 'utf8')) as BenchReport
}, 600_000)

afterAll(() => {
  if (jsonDir) fs.rmSync(jsonDir, { recursive: true, force: true })
})

describe('npm run bench -- --docs 200', () => {
  it('writes the report it prints as JSON', () => {
    expect(written).toEqual(JSON.parse(JSON.stringify(report)))
    expect(written.docs).toBe(DOCS)
    expect(written.corpus.documents).toBe(DOCS)
  })

  it('measures every stage with positive figures', () => {
    for (const stage of [written.load, written.export, written.site]) {
      expect(stage.wallMs).toBeGreaterThan(0)
      expect(stage.peakRssBytes).toBeGreaterThan(0)
      expect(stage.stoppedAtBytes).toBeUndefined()
    }
    expect(written.load.loadMs).toBeGreaterThan(0)
    expect(written.export.exportMs).toBeGreaterThan(0)
    expect(written.site.renderMs).toBeGreaterThan(0)
    expect(written.site.pagefindMs).toBeGreaterThan(0)
    expect(written.site.pagefindPeakBytes).toBeGreaterThan(0)
    expect(written.fullBuild.wallMs).toBeGreaterThan(0)
    // The full build is logged as the pipeline logs it, so the edit appends to a log of every item.
    expect(written.fullBuild.logMs).toBeGreaterThan(0)
    expect(written.sizes.dist.bytes).toBeGreaterThan(0)
    expect(written.sizes.pagefind.bytes).toBeGreaterThan(0)
    expect(written.sizes.snapshot.bytes).toBeGreaterThan(0)
    expect(written.documentPage?.htmlGzipBytes).toBeGreaterThan(0)
    expect(written.documentPage?.cssGzipBytes).toBeGreaterThan(0)
  })

  it('builds a page for every generated document', () => {
    expect(written.sizes.documentPages).toBe(DOCS)
  })

  it('brings one edited document live through the publishing pipeline', () => {
    expect(written.edit?.status).toBe('succeeded')
    expect(written.edit?.liveHasEdit).toBe(true)
    expect(written.edit?.saveMs).toBeGreaterThan(0)
    expect(written.edit?.liveMs).toBeGreaterThan(0)
    expect(written.edit?.peakRssBytes).toBeGreaterThan(0)
    expect(written.edit?.logMs).toBeGreaterThan(0)
  })

  it('times every query, first and warm, with the bytes fetched', () => {
    const search = written.search
    expect(search?.queries.length).toBe(12)
    for (const kind of ['word', 'two-char', 'number', 'filtered']) expect(search?.queries.some((q) => q.kind === kind)).toBe(true)
    for (const query of search?.queries ?? []) {
      expect(query.first.ms).toBeGreaterThan(0)
      expect(query.warm.ms).toBeGreaterThan(0)
      expect(query.first.bytes).toBeGreaterThan(0)
    }
    expect(search?.summary.firstMs.p95).toBeGreaterThan(0)
    expect(search?.summary.warmMs.p95).toBeGreaterThan(0)
  })

  it('finds every document-number query at rank 1', () => {
    const numbers = written.search?.queries.filter((q) => q.kind === 'number') ?? []
    expect(numbers.length).toBe(3)
    for (const query of numbers)
      expect({ query: query.query, top: query.first.top, rankOne: query.rankOne }).toEqual({
        query: query.query,
        top: `/documents/${query.expected}/`,
        rankOne: true,
      })
    expect(written.search?.summary.numberQueriesAtRankOne).toBe(numbers.length)
  })
})
