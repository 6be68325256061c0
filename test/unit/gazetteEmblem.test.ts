/**
 * The admin's emblem (cms/components/brand/emblem.ts): the built-in mark carries the
 * first character of the gazette's name; an office's own SVG or PNG is served as it is;
 * a setting that names no usable file is refused in Chinese.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { EmblemSettingError, defaultEmblemSvg, emblemFile, emblemImage, emblemUrl } from '../../cms/components/brand/emblem'
import { adminTitle } from '../../cms/components/brand/gazetteName'

/** Settings as the environment would give them (Next's typings require NODE_ENV). */
const env = (variables: Record<string, string> = {}) => ({ NODE_ENV: 'test', ...variables }) as NodeJS.ProcessEnv

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-emblem-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('the built-in emblem', () => {
  it('shows the first character of the gazette name', () => {
    const svg = defaultEmblemSvg('河阳市人民政府公报')
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg).toContain('>河</text>')
  })

  it('escapes a name that starts with markup', () => {
    expect(defaultEmblemSvg('<script>')).toContain('>&lt;</text>')
  })

  it('falls back to 公 for an empty name', () => {
    expect(defaultEmblemSvg('  ')).toContain('>公</text>')
  })

  it('is what the admin gets without GAZETTE_EMBLEM, for GAZETTE_NAME or the default name', () => {
    expect(emblemImage(env()).contentType).toBe('image/svg+xml')
    expect(String(emblemImage(env()).body)).toContain('>政</text>')
    expect(String(emblemImage(env({ GAZETTE_NAME: '河阳市人民政府公报' })).body)).toContain('>河</text>')
  })
})

describe('GAZETTE_EMBLEM', () => {
  it('serves the office’s PNG as it is', () => {
    const file = path.join(dir, 'emblem.png')
    fs.writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))
    const image = emblemImage(env({ GAZETTE_EMBLEM: file }))
    expect(image.contentType).toBe('image/png')
    expect(image.body.equals(fs.readFileSync(file))).toBe(true)
  })

  it('gives the address a version that changes with the image', () => {
    const file = path.join(dir, 'emblem.svg')
    fs.writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg"/>')
    const before = emblemUrl('/api', env({ GAZETTE_EMBLEM: file }))
    expect(before).toMatch(/^\/api\/brand\/emblem\?v=[0-9a-f]{12}$/)
    fs.writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg" width="1"/>')
    expect(emblemUrl('/api', env({ GAZETTE_EMBLEM: file }))).not.toBe(before)
  })

  it('refuses a missing file and another type, in Chinese', () => {
    expect(() => emblemFile(env({ GAZETTE_EMBLEM: path.join(dir, 'none.svg') }))).toThrow(EmblemSettingError)
    expect(() => emblemFile(env({ GAZETTE_EMBLEM: path.join(dir, 'none.svg') }))).toThrow('GAZETTE_EMBLEM 指向的文件不存在')
    const gif = path.join(dir, 'emblem.gif')
    fs.writeFileSync(gif, 'GIF89a')
    expect(() => emblemFile(env({ GAZETTE_EMBLEM: gif }))).toThrow('GAZETTE_EMBLEM 应为 .svg 或 .png 文件')
  })

  it('counts as unset when empty', () => {
    expect(emblemFile(env({ GAZETTE_EMBLEM: ' ' }))).toBeNull()
  })
})

describe('the admin title', () => {
  it('reads as the gazette office’s system', () => {
    expect(adminTitle(env())).toBe('政府公报（示例） · 公报管理')
    expect(adminTitle(env({ GAZETTE_NAME: '河阳市人民政府公报' }))).toBe('河阳市人民政府公报 · 公报管理')
  })
})
