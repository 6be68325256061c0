/** The benchmark reads Astro's and the Pagefind integration's own timings from the build output. */
import { describe, expect, it } from 'vitest'

import { readBuildOutput, readPipelineLog } from '../../scripts/bench/scale/buildOutput'

const pagefind = (seconds: string) => `[gongbao:pagefind] Read 22261 HTML files, indexed 10820 pages into /x/dist/pagefind in ${seconds} s.`

describe('readBuildOutput', () => {
  it.each([
    ['2279 page(s) built in 14.40s', 2279, 14_400],
    ['22261 page(s) built in 2m 22s', 22261, 142_000],
    ['3 page(s) built in 850ms', 3, 850],
  ])('reads %s', (line, pages, astroMs) => {
    const read = readBuildOutput(`\u001b[32m${pagefind('9.60')}\u001b[39m\n[build] ${line}\n[build] Complete!`)
    expect(read).toEqual({ pages, astroMs, pagefindMs: 9600, renderMs: astroMs - 9600 })
  })

  it('says nothing it did not read', () => {
    expect(readBuildOutput('[build] Complete!')).toEqual({ pages: null, astroMs: null, pagefindMs: null, renderMs: null })
  })
})

describe('readPipelineLog', () => {
  it('reads the pipeline stages of an incremental build', () => {
    const log = [
      '已导出公开快照：10000 篇文件，820 篇解读，0 个附件（3.4 秒）',
      '[gongbao:incremental] Kept 22170 page(s) and 6 asset(s) from the previous build in 1.02 s.',
      '网站与检索索引已生成（11.2 秒），基于线上构建 bench-full-build',
      '构建检查通过：22262 个页面（0.9 秒）',
    ].join('\n')
    expect(readPipelineLog(log)).toEqual({ exportMs: 3400, siteMs: 11_200, verifyMs: 900, keptPages: 22170 })
  })

  it('says nothing it did not read', () => {
    expect(readPipelineLog('')).toEqual({ exportMs: null, siteMs: null, verifyMs: null, keptPages: null })
  })
})
