/**
 * The last line of defence before a build goes live: no file of it belongs to an item
 * that is not public now. Every item page and every file under files/ must belong to an
 * item of the build's own snapshot (an issue's folder holds only its PDF, cover and
 * thumbnail, so a print PDF held back cannot slip in), and when an item left since the
 * previous build, nothing that could still hold its text (the search index; the assets,
 * which hold interpretations' figures) may have been carried over from that build.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Manifest } from '../../core/snapshot/schema'
import { filesUnder } from './filesUnder'
import { documentPath, INTERPRETATIONS_PATH, interpretationPath } from '../../core/addresses'

export type PreviousBuild = { dir: string; manifest: Manifest | null }

/** Problems, in Chinese, one per file or folder that should not be there. */
export function nonPublicFiles(distDir: string, manifest: Manifest, previous?: PreviousBuild): string[] {
  const problems: string[] = []
  const documents = new Set(manifest.documents.map((doc) => doc.id))
  const interpretations = new Set(manifest.interpretations.map((item) => item.id))
  const issues = new Map(manifest.issues.map((issue) => [issue.id, issue]))

  for (const id of folders(distDir, 'interpretations'))
    if (!interpretations.has(id)) problems.push(`快照中没有的解读页面 interpretations/${id}/`)
  for (const year of folders(distDir, 'issues')) {
    for (const number of folders(distDir, path.join('issues', year)))
      if (!issues.has(`${year}-${number}`)) problems.push(`快照中没有的期刊页面 issues/${year}/${number}/`)
  }

  for (const file of filesUnder(path.join(distDir, 'files'))) {
    const relative = path.relative(distDir, file).split(path.sep)
    const [, first = '', second = ''] = relative
    const url = `/${relative.map(encodeURIComponent).join('/')}`
    const allowed =
      first === 'interpretations'
        ? interpretations.has(second)
        : first === 'issues'
          ? issueFiles(issues.get(second)).has(url)
          : documents.has(first)
    if (!allowed) problems.push(`不属于任何公开内容的文件 /${relative.join('/')}`)
  }

  if (previous?.manifest) {
    const left = leftSince(previous.manifest, manifest)
    if (left.length > 0) {
      const carried = [
        'pagefind',
        'pagefind-parts',
        'pagefind-delta',
        ...(left.some((url) => url.startsWith(INTERPRETATIONS_PATH)) ? ['_astro'] : []),
      ]
      for (const folder of carried) {
        const shared = filesUnder(path.join(distDir, folder)).find((file) =>
          sameInode(file, path.join(previous.dir, path.relative(distDir, file))),
        )
        if (shared) problems.push(`${left.join('、')} 已撤下，但 ${path.relative(distDir, shared)} 仍沿用上一次构建的文件`)
      }
    }
  }
  return problems
}

/** Addresses of item pages with text in `before` and not in `after`. */
function leftSince(before: Manifest, after: Manifest): string[] {
  const documents = new Set(after.documents.map((doc) => doc.id))
  const interpretations = new Set(after.interpretations.map((item) => item.id))
  return [
    ...before.documents.filter((doc) => !documents.has(doc.id)).map((doc) => documentPath(doc.id)),
    ...before.interpretations.filter((item) => !interpretations.has(item.id)).map((item) => interpretationPath(item.id)),
  ]
}

/** The files an issue may have under files/issues/<id>/, as addresses. */
function issueFiles(issue: Manifest['issues'][number] | undefined): Set<string> {
  if (!issue) return new Set()
  return new Set([issue.pdf?.url, issue.cover?.url, issue.cover?.thumbnailUrl].filter((url): url is string => Boolean(url)))
}

function folders(distDir: string, relative: string): string[] {
  const dir = path.join(distDir, relative)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
}

function sameInode(a: string, b: string): boolean {
  const [x, y] = [fs.statSync(a, { throwIfNoEntry: false }), fs.statSync(b, { throwIfNoEntry: false })]
  return Boolean(x && y && x.ino === y.ino && x.dev === y.dev)
}
