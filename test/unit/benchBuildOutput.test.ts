/** The benchmark reads Astro's and the Pagefind integration's own timings from the build output. */
import { describe, expect, it } from 'vitest'

import { readBuildOutput } from '../../scripts/bench/scale/buildOutput'

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
