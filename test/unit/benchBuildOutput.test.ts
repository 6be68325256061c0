/** The benchmark reads a build's figures from the timings file the build writes beside its folder, not from its log lines. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { readBuildTimings, recordBuildTimings, timingsFile } from '../../core/build/buildTimings'
import { readBuildOutput, readPipelineFigures } from '../../scripts/bench/scale/buildOutput'

const site = { pages: 2279, astroMs: 14_400, pagefindMs: 9600, renderMs: 4800, keptPages: 22_170 }
const pipeline = { exportMs: 3400, siteMs: 11_200, verifyMs: 900, logMs: 700 }
const dirs: string[] = []
const distDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-timings-'))
  dirs.push(dir)
  return path.join(dir, 'dist')
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('readBuildOutput', () => {
  it('reads the site generator’s figures', () => {
    expect(readBuildOutput({ site })).toEqual({ pages: 2279, astroMs: 14_400, pagefindMs: 9600, renderMs: 4800 })
  })

  it('says nothing it did not read', () => {
    expect(readBuildOutput({})).toEqual({ pages: null, astroMs: null, pagefindMs: null, renderMs: null })
  })
})

describe('readPipelineFigures', () => {
  it('reads the pipeline stages of an incremental build', () => {
    expect(readPipelineFigures({ site, pipeline })).toEqual({
      exportMs: 3400,
      siteMs: 11_200,
      verifyMs: 900,
      logMs: 700,
      keptPages: 22_170,
    })
  })

  it('says nothing it did not read', () => {
    expect(readPipelineFigures({})).toEqual({ exportMs: null, siteMs: null, verifyMs: null, logMs: null, keptPages: null })
  })
})

describe('the timings file', () => {
  it('sits beside the build’s folder and holds both parts, each written by its own step', () => {
    const dist = distDir()
    recordBuildTimings(dist, { site })
    recordBuildTimings(dist, { pipeline })
    expect(timingsFile(`${dist}/`)).toBe(`${dist}.timings.json`)
    expect(readBuildTimings(dist)).toEqual({ site, pipeline })
  })

  it('is empty when there is none or it does not parse', () => {
    const dist = distDir()
    expect(readBuildTimings(dist)).toEqual({})
    fs.writeFileSync(timingsFile(dist), '{"site": {"pages": "many"}}')
    expect(readBuildTimings(dist)).toEqual({})
  })
})
