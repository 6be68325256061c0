/**
 * The gazette's emblem in the admin (sign-in page, navigation, browser tab): the
 * office's own image when GAZETTE_EMBLEM names an SVG or PNG file, otherwise a plain
 * red round mark with the first character of the gazette's name. The built-in mark is
 * deliberately neither a seal (no star, no ring of text) nor the national emblem, whose
 * use is restricted by law.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { repoRoot } from '../../../core/paths'
import { gazetteName } from './gazetteName'

/** Where the admin fetches the emblem: a Payload endpoint (emblemEndpoint.ts), so it lives under /api like the rest of the CMS. */
export const emblemRoute = '/brand/emblem'

const contentTypes: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png' }

export class EmblemSettingError extends Error {}

export type EmblemImage = { contentType: string; body: Buffer }

/** The office's file named by GAZETTE_EMBLEM, or null for the built-in mark; a bad setting is refused in Chinese. */
export function emblemFile(env: NodeJS.ProcessEnv = process.env): { file: string; contentType: string } | null {
  const setting = env.GAZETTE_EMBLEM?.trim()
  if (!setting) return null
  const file = path.resolve(repoRoot, setting)
  const contentType = contentTypes[path.extname(file).toLowerCase()]
  if (!contentType) throw new EmblemSettingError(`GAZETTE_EMBLEM 应为 .svg 或 .png 文件：${file}`)
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new EmblemSettingError(`GAZETTE_EMBLEM 指向的文件不存在：${file}`)
  return { file, contentType }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The built-in mark: white first character on a red disc, with a thin white inner line. */
export function defaultEmblemSvg(name: string): string {
  const character = escapeXml(Array.from(name.trim())[0] ?? '公')
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">',
    '<circle cx="32" cy="32" r="32" fill="#b3261e"/>',
    '<circle cx="32" cy="32" r="27" fill="none" stroke="#fff" stroke-width="1.5"/>',
    '<text x="32" y="33" text-anchor="middle" dominant-baseline="central" font-size="32" font-weight="700" fill="#fff"',
    ` font-family="'Noto Serif CJK SC','Source Han Serif SC','Songti SC',SimSun,'Noto Sans CJK SC',serif">${character}</text>`,
    '</svg>',
  ].join('')
}

/** The emblem's bytes, read at each request so that a replaced file shows after a reload. */
export function emblemImage(env: NodeJS.ProcessEnv = process.env): EmblemImage {
  const own = emblemFile(env)
  if (own) return { contentType: own.contentType, body: fs.readFileSync(own.file) }
  return { contentType: 'image/svg+xml', body: Buffer.from(defaultEmblemSvg(gazetteName(env))) }
}

/** The emblem's address with a version, so that browsers may cache it and still see a new one. */
export function emblemUrl(apiRoute = '/api', env: NodeJS.ProcessEnv = process.env): string {
  let version = 'unavailable'
  try {
    version = createHash('sha256').update(emblemImage(env).body).digest('hex').slice(0, 12)
  } catch {
    // A file removed after start-up costs the image, not the page (the endpoint answers 404).
  }
  return `${apiRoute}${emblemRoute}?v=${version}`
}
