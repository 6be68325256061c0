/**
 * A draft rendered with the site's own templates, for staff before they submit or
 * approve, as a job (the `astro build` never runs in a request): its own snapshot and
 * Astro build in a private temporary folder, of which the one page is kept as the job's
 * result for its requester (jobs/staffJob.ts) and the rest deleted. It never touches the
 * public snapshot or the live site. previewEndpoint.ts queues it and shows its state.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, PayloadRequest, TaskConfig, TypedUser } from 'payload'
import { ZodError } from 'zod'

import { repoRoot } from '../../core/paths'
import { pipelineSettings } from '../../core/settings'
import { keepResult, resultFile, staffQueue } from '../jobs/staffJob'
import { exportSnapshot } from '../export/exportSnapshot'
import { runProcess } from './runProcess'

export type PreviewInput = { documentId: string; userId: string }

const banner =
  '<div role="note" style="background:#fff3cd;color:#5c4400;padding:.75rem 1rem;border-bottom:2px solid #b58900;font-weight:600">草稿预览：本页面仅供内部审阅，尚未公开，不会出现在公报网站上。</div>'

/** Where a preview job's page is kept: only its requester reads it. */
export const previewFile = (jobId: number | string, userId: number | string) => resultFile(jobId, 'html', `user-${String(userId)}`)

export const documentPreviewTask: TaskConfig<{ input: PreviewInput; output: { slug: string } }> = {
  slug: 'documentPreview',
  label: '草稿预览',
  inputSchema: [
    { name: 'documentId', type: 'text', required: true },
    { name: 'userId', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'slug', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input, job, req }) => {
    // Read with the requester's rights, as the request would have: a draft they may not see is not shown.
    const user = await req.payload.findByID({ collection: 'users', id: input.userId, depth: 0, overrideAccess: true }).catch(() => null)
    if (!user) throw new Error('找不到请求预览的用户。')
    const page = await previewDocument(req.payload, input.documentId, { ...user, collection: 'users' } as TypedUser)
    keepResult(previewFile(job.id, input.userId), page.html)
    return { output: { slug: page.slug } }
  },
}

/** Queues a preview of the document for `user`; the job's id follows it. */
export async function queuePreview(req: PayloadRequest, documentId: string, user: TypedUser): Promise<number | string> {
  const input: PreviewInput = { documentId, userId: String(user.id) }
  const job = await req.payload.jobs.queue({ task: 'documentPreview', input, queue: staffQueue })
  return job.id
}

export async function previewDocument(payload: Payload, id: number | string, user: TypedUser): Promise<{ slug: string; html: string }> {
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
    }).catch((error: unknown) => {
      // The snapshot contract names what a draft still lacks.
      if (error instanceof ZodError) {
        throw new Error(`草稿还缺少必填内容，暂时无法预览：${error.issues.map((issue) => issue.path.join('.')).join('、')}`)
      }
      throw error
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
    return { slug, html: html.replace(/<body([^>]*)>/, `<body$1>${banner}`) }
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}
