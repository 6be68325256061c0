/** Where `npm run verify` reads the file and the log from: a local path or an http(s) address. */
import fs from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { VERIFY_PATH } from '../../core/addresses'
import type { LogReader } from '../../core/verify/readLog'
import { pipelineSettings } from '../../core/settings'
import { liveBuildDir } from '../../cms/publishing/liveSite'

const isUrl = (value: string) => /^https?:\/\//i.test(value)

export async function readInput(input: string): Promise<Uint8Array> {
  if (!isUrl(input)) return new Uint8Array(await readFile(input))
  const response = await fetch(input)
  if (!response.ok) throw new Error(`无法下载 ${input}（${response.status}）`)
  return new Uint8Array(await response.arrayBuffer())
}

/** The site whose log to read when --log is not given. */
export function defaultLogSource(input: string | undefined): string {
  if (input && isUrl(input)) return new URL('/', input).href
  if (process.env.SITE_URL) return process.env.SITE_URL
  const settings = pipelineSettings()
  return liveBuildDir(settings.siteRoot) ?? settings.distDir
}

/** A reader of the log's files under <site>/verify/. */
export function logReaderFor(site: string): LogReader {
  if (isUrl(site)) {
    const base = new URL(VERIFY_PATH, site)
    return async (relative) => {
      const response = await fetch(new URL(relative, base))
      if (response.status === 404) return null
      if (!response.ok) throw new Error(`无法读取 ${new URL(relative, base).href}（${response.status}）`)
      return response.json()
    }
  }
  const dir = path.join(site, 'verify')
  return async (relative) => {
    const file = path.join(dir, relative)
    if (!fs.existsSync(file)) return null
    return JSON.parse(await readFile(file, 'utf8'))
  }
}
