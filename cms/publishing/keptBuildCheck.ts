/**
 * Whether a kept build may be served again (a rollback): only when it serves nothing that
 * is not public now. A build is a frozen copy of what was public when it was made; rolling
 * back to one made before a withdrawal, a change to 依申请公开 or 不予公开, a deletion or a
 * corrected print edition would serve that content again until the next build. So the
 * kept build is compared with what an export now writes (publicNow.ts): its document,
 * interpretation and issue pages (from its kept snapshot), every file it serves under
 * files/ (attachments, print PDFs, covers, figures: the very same bytes must be published
 * now) and every page its search index holds text of. An older version of an item
 * that is still public is not served again either: a new version may have been
 * published to correct or mask what the old one said, so each item's published version
 * (its updatedAt in the kept snapshot) must be the one published now. A rollback is for
 * a build that broke the site, not for taking back a publication.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { issueLabel } from '../../core/issues/issueLabel'
import { type Manifest, snapshotPaths } from '../../core/snapshot/schema'
import { keptManifest, keptSnapshotDir } from './keptSnapshots'
import { buildsDir } from './liveSite'
import { withPublicNow } from './publicNow'
import { readFragments } from '../../core/build/searchFragments'
import type { PipelineSettings } from '../../core/settings'
import { filesUnder } from './filesUnder'

export type ServedBuild = {
  /** The build's folder, as served. */
  dir: string
  /** The snapshot it was made from. */
  manifest: Manifest
  /** The folder of that kept snapshot, whose item files say which version each item was. */
  snapshotDir?: string
}

/** What a kept build serves that is not public now, named for the publisher (by titles the public saw). */
export async function notPublicNow(payload: Payload, settings: PipelineSettings, buildId: string): Promise<string[]> {
  const dir = path.join(buildsDir(settings.siteRoot), buildId)
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`构建 ${buildId} 已被清理`)
  const manifest = keptManifest(settings.siteRoot, buildId)
  if (!manifest) throw new Error(`构建 ${buildId} 没有保留其公开快照，无法核对其内容`)
  const kept: ServedBuild = { dir, manifest, snapshotDir: keptSnapshotDir(settings.siteRoot, buildId) }
  const searchPages = Object.keys(await readFragments(searchIndexDirs(dir)))
  return withPublicNow(payload, settings, (now) => notPublicIn(kept, searchPages, now))
}

/** The refusal a publisher sees. */
export function rollbackRefusal(items: readonly string[]): string {
  const shown = items.length > 10 ? [...items.slice(0, 10), `等${items.length}项`] : items
  return `该版本包含现已撤回、不公开或已有新版本的内容：${shown.join('、')}，不能回滚；请重新构建。`
}

/** The comparison itself: `searchPages` are the addresses the kept build's search index holds. */
export function notPublicIn(kept: ServedBuild, searchPages: readonly string[], now: { dir: string; manifest: Manifest }): string[] {
  const found = new Map<string, string>()
  const publicNow = {
    documents: new Set(now.manifest.documents.map((doc) => doc.id)),
    interpretations: new Set(now.manifest.interpretations.map((item) => item.id)),
    issues: new Map(now.manifest.issues.map((issue) => [issue.id, issue])),
  }
  const titles = new Map([...kept.manifest.withdrawn, ...kept.manifest.documents].map((doc) => [doc.id, doc.title]))
  const interpretationTitles = new Map(kept.manifest.interpretations.map((item) => [item.id, item.title]))
  const document = (id: string) => found.set(`documents/${id}`, `《${titles.get(id) ?? id}》`)
  const interpretation = (id: string) => found.set(`interpretations/${id}`, `《${interpretationTitles.get(id) ?? id}》（政策解读）`)

  for (const doc of kept.manifest.documents) if (!publicNow.documents.has(doc.id)) document(doc.id)
  for (const item of kept.manifest.interpretations) if (!publicNow.interpretations.has(item.id)) interpretation(item.id)
  const superseded = (file: string) =>
    kept.snapshotDir !== undefined && publishedVersion(path.join(kept.snapshotDir, file)) !== publishedVersion(path.join(now.dir, file))
  for (const doc of kept.manifest.documents) {
    if (publicNow.documents.has(doc.id) && superseded(snapshotPaths.document(doc.id)))
      found.set(`documents/${doc.id}`, `《${doc.title}》（已发布新版本）`)
  }
  for (const item of kept.manifest.interpretations) {
    if (publicNow.interpretations.has(item.id) && superseded(snapshotPaths.interpretation(item.id))) {
      found.set(`interpretations/${item.id}`, `《${item.title}》（政策解读，已发布新版本）`)
    }
  }
  for (const issue of kept.manifest.issues) {
    const current = publicNow.issues.get(issue.id)
    if (!current) found.set(`issues/${issue.id}`, `${issueLabel(issue)}公报`)
    else if (issue.pdf && current.pdf?.url !== issue.pdf.url) found.set(`issues/${issue.id}/pdf`, `${issueLabel(issue)}印刷版PDF`)
  }
  for (const url of searchPages) {
    const [, kind, id = ''] = url.split('/')
    if (kind === 'documents' && !publicNow.documents.has(id)) document(id)
    else if (kind === 'interpretations' && !publicNow.interpretations.has(id)) interpretation(id)
    else if (kind !== 'documents' && kind !== 'interpretations') found.set(url, `检索索引中的 ${url}`)
  }
  for (const file of filesUnder(path.join(kept.dir, 'files'))) {
    const relative = path.relative(kept.dir, file)
    if (sameFile(file, path.join(now.dir, relative))) continue
    const [, first = '', second = ''] = relative.split(path.sep)
    const owner = first === 'interpretations' || first === 'issues' ? `${first}/${second}` : `documents/${first}`
    if (found.has(owner) || found.has(`${owner}/pdf`)) continue
    found.set(relative, `文件 /${relative.split(path.sep).join('/')}`)
  }
  return [...found.values()]
}

/** The updatedAt of an item's published version, from its snapshot file (null when absent or unreadable). */
function publishedVersion(file: string): string | null {
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { updatedAt?: string }).updatedAt ?? null
  } catch {
    return null
  }
}

/** The folders of a build's search index: the full index's parts and the delta. */
function searchIndexDirs(buildDir: string): string[] {
  const partsDir = path.join(buildDir, 'pagefind-parts')
  const parts = fs.existsSync(partsDir) ? fs.readdirSync(partsDir).map((part) => path.join(partsDir, part)) : []
  return [path.join(buildDir, 'pagefind'), ...parts, path.join(buildDir, 'pagefind-delta')].filter((dir) =>
    fs.existsSync(path.join(dir, 'fragment')),
  )
}

/** The same bytes: the same file (hard-linked), or equal content. */
function sameFile(a: string, b: string): boolean {
  const [x, y] = [fs.statSync(a, { throwIfNoEntry: false }), fs.statSync(b, { throwIfNoEntry: false })]
  if (!x || !y || x.size !== y.size) return false
  if (x.ino === y.ino && x.dev === y.dev) return true
  return fs.readFileSync(a).equals(fs.readFileSync(b))
}
