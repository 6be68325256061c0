/**
 * What the build produced: the size of the site and of its search index, the number of
 * document pages, and the weight of one document page as a reader downloads it (HTML and
 * CSS gzipped, and which scripts it loads).
 */
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export type FolderSize = { bytes: number; files: number }

export type PageWeight = {
  address: string
  htmlGzipBytes: number
  cssGzipBytes: number
  totalGzipBytes: number
  /** Each script the page runs: its src, or "inline (N bytes)". */
  scripts: string[]
}

export function folderSize(dir: string): FolderSize {
  const size: FolderSize = { bytes: 0, files: 0 }
  if (!fs.existsSync(dir)) return size
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    size.bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
    size.files += 1
  }
  return size
}

export function documentPageCount(distDir: string): number {
  const dir = path.join(distDir, 'documents')
  if (!fs.existsSync(dir)) return 0
  return fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')))
    .length
}

export function pageWeight(distDir: string, address: string): PageWeight {
  const html = fs.readFileSync(path.join(distDir, address, 'index.html'))
  const text = html.toString('utf8')
  const stylesheets = [...text.matchAll(/<link\b[^>]*rel="?stylesheet"?[^>]*>/g)].map((tag) => /href="?([^"\s>]+)/.exec(tag[0])?.[1])
  const cssGzipBytes = stylesheets
    .filter((href): href is string => Boolean(href?.startsWith('/')))
    .reduce((sum, href) => sum + gzipSync(fs.readFileSync(path.join(distDir, href))).length, 0)
  const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="?application\/(ld\+)?json/.test(attributes ?? ''))
    .map(([, attributes, body]) => /src="?([^"\s>]+)/.exec(attributes ?? '')?.[1] ?? `inline (${Buffer.byteLength(body ?? '')} bytes)`)
  const htmlGzipBytes = gzipSync(html).length
  return { address, htmlGzipBytes, cssGzipBytes, totalGzipBytes: htmlGzipBytes + cssGzipBytes, scripts }
}
