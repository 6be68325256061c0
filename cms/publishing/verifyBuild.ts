/**
 * A build is switched live only if it is whole: the home page, a page for every public
 * document, interpretation, withdrawal notice and gazette issue (with its print PDF), the search index, every internal link
 * resolving to a file, and no page or file the snapshot does not list (a leak check:
 * nothing outside the public snapshot may be served, verifyPublicFiles.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Manifest } from '../../core/snapshot/schema'
import { nonPublicFiles } from './verifyPublicFiles'
import { filesUnder } from './filesUnder'

export type VerifyResult = { ok: boolean; problems: string[]; pages: number }

/**
 * `previousDir`: the live build an incremental build started from. A page it shares with
 * that build (the same file, hard-linked) had its links checked when that build went
 * live, and is not read again; every page this build wrote is. `previousManifest`: that
 * build's snapshot, to tell what left the site since.
 */
export function verifyBuild(
  distDir: string,
  manifest: Manifest,
  options: { previousDir?: string; previousManifest?: Manifest | null } = {},
): VerifyResult {
  const problems: string[] = []
  const exists = (relative: string) => fs.existsSync(path.join(distDir, relative))
  for (const required of ['index.html', 'pagefind/pagefind.js', 'search/index.html', 'documents/index.html', 'verify/log/head.json']) {
    if (!exists(required)) problems.push(`缺少 ${required}`)
  }
  const expectedDocuments = new Set([...manifest.documents.map((d) => d.id), ...manifest.withdrawn.map((w) => w.id)])
  for (const id of expectedDocuments) if (!exists(`documents/${id}/index.html`)) problems.push(`缺少文件页面 documents/${id}/`)
  for (const item of manifest.interpretations)
    if (!exists(`interpretations/${item.id}/index.html`)) problems.push(`缺少解读页面 interpretations/${item.id}/`)
  for (const issue of manifest.issues) {
    const page = `issues/${issue.year}/${issue.issueNumber}/index.html`
    if (!exists(page)) problems.push(`缺少期刊页面 ${page}`)
    if (issue.pdf && !exists(decodeURIComponent(issue.pdf.url))) problems.push(`缺少印刷版PDF ${issue.pdf.url}`)
  }
  const documentsDir = path.join(distDir, 'documents')
  if (fs.existsSync(documentsDir)) {
    for (const entry of fs.readdirSync(documentsDir, { withFileTypes: true })) {
      if (entry.isDirectory() && !expectedDocuments.has(entry.name)) problems.push(`快照中没有的文件页面 documents/${entry.name}/`)
    }
  }
  const previous = options.previousDir ? { dir: options.previousDir, manifest: options.previousManifest ?? null } : undefined
  problems.push(...nonPublicFiles(distDir, manifest, previous))
  const htmlFiles = filesUnder(distDir).filter((file) => file.endsWith('.html'))
  const shared = options.previousDir ? sharedWith(options.previousDir, distDir) : () => false
  for (const file of htmlFiles) {
    if (shared(file)) continue
    for (const href of internalLinks(fs.readFileSync(file, 'utf8'))) {
      if (!resolves(distDir, href)) problems.push(`${path.relative(distDir, file)} 中的链接 ${href} 无法打开`)
    }
  }
  return { ok: problems.length === 0, problems: problems.slice(0, 50), pages: htmlFiles.length }
}

/** Whether a file of `distDir` is the very file (same inode) at the same place in `previousDir`. */
function sharedWith(previousDir: string, distDir: string): (file: string) => boolean {
  return (file) => {
    try {
      const mine = fs.statSync(file)
      const theirs = fs.statSync(path.join(previousDir, path.relative(distDir, file)))
      return mine.ino === theirs.ino && mine.dev === theirs.dev
    } catch {
      return false
    }
  }
}

/** Site-relative href and src values; anchors, queries and other sites are not ours to check. */
function internalLinks(html: string): string[] {
  const links = new Set<string>()
  for (const match of html.matchAll(/\s(?:href|src)="(\/[^"#?]*)/g)) {
    const value = match[1]
    if (value && !value.startsWith('//')) links.add(value.replaceAll('&amp;', '&'))
  }
  return [...links]
}

function resolves(distDir: string, href: string): boolean {
  let decoded: string
  try {
    decoded = decodeURIComponent(href)
  } catch {
    return false
  }
  const target = path.join(distDir, decoded)
  return fs.existsSync(target) && (fs.statSync(target).isFile() || fs.existsSync(path.join(target, 'index.html')))
}
