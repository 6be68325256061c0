/**
 * A draft rendered with the site's own templates, for staff before they submit or
 * approve: its own snapshot and Astro build in a private temporary folder, returned
 * as one page and then deleted. It never touches the public snapshot or the live site.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'

import { repoRoot } from '../../core/paths'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { runProcess } from './runProcess'
import { pipelineSettings } from '../../core/settings'

const banner =
  '<div role="note" style="background:#fff3cd;color:#5c4400;padding:.75rem 1rem;border-bottom:2px solid #b58900;font-weight:600">草稿预览：本页面仅供内部审阅，尚未公开，不会出现在公报网站上。</div>'

export async function previewDocument(payload: Payload, id: number | string, user: TypedUser): Promise<string> {
  const settings = pipelineSettings()
  // Inside the data folder: Astro moves files with rename(), which fails across filesystems.
  const work = path.join(settings.siteRoot, 'preview', randomBytes(6).toString('hex'))
  try {
    const snapshotDir = path.join(work, 'snapshot')
    const distDir = path.join(work, 'dist')
    await exportSnapshot(payload, {
      outDir: snapshotDir,
      gazetteName: settings.gazetteName,
      timeZone: settings.timeZone,
      preview: { id, user },
    })
    const manifest = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'manifest.json'), 'utf8')) as { documents: Array<{ id: string }> }
    const slug = manifest.documents[0]?.id
    if (!slug) throw new Error('找不到这份草稿，或您无权查看。')
    let log = ''
    const env = { ...process.env, SNAPSHOT_DIR: snapshotDir, DIST_DIR: distDir, GONGBAO_PREVIEW: '1' }
    try {
      await runProcess(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], env, (chunk) => (log += chunk))
    } catch {
      throw new Error(`预览生成失败：\n${log.slice(-2000)}`)
    }
    const html = fs.readFileSync(path.join(distDir, 'documents', slug, 'index.html'), 'utf8')
    return html.replace(/<body([^>]*)>/, `<body$1>${banner}`)
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
