/**
 * Publishing on the real database and the real build: a publication queues a build
 * and bursts coalesce into one; a build goes live by an atomic switch only when whole;
 * a failed build leaves the live site byte-for-byte as it was; a killed build is
 * retried once; a rollback serves the previous build again.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { stateFile } from '../../core/build/buildStateFile'
import { buildsDir, liveBuildId, liveLink } from '../../cms/publishing/liveSite'
import { recoverInterruptedBuilds } from '../../cms/publishing/recoverBuilds'
import { requestSiteBuild } from '../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { pipelineSettings } from '../../core/settings'
import { seedSamples } from '../../scripts/lib/seedSamples'
import { signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let siteRoot: string
let orgId: number

/** Every file of the live site with its content hash. */
function liveFingerprint(): Record<string, string> {
  const root = fs.realpathSync(liveLink(siteRoot))
  const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
  return Object.fromEntries(
    entries.map((e) => {
      const file = path.join(e.parentPath, e.name)
      return [path.relative(root, file), createHash('sha256').update(fs.readFileSync(file)).digest('hex')]
    }),
  )
}

async function queuedCount(): Promise<number> {
  return (await gazette.payload.count({ collection: 'site-builds', where: { status: { equals: 'queued' } } })).totalDocs
}

beforeAll(async () => {
  // Inside the repository: Astro moves files with rename(), which fails across filesystems.
  siteRoot = path.resolve('.tmp', `publishing-${process.pid}`)
  process.env.SITE_ROOT = siteRoot
  gazette = await startTempGazette()
  await seedSamples(gazette.payload)
  orgId = (await gazette.payload.find({ collection: 'organizations', limit: 1 })).docs[0]?.id as number
})

afterAll(async () => {
  await gazette?.cleanup()
  fs.rmSync(siteRoot, { recursive: true, force: true })
  delete process.env.SITE_ROOT
})

describe('the publishing pipeline', () => {
  let firstBuild: string

  it('builds the site into its own folder and switches it live', async () => {
    await requestSiteBuild(gazette.payload, '测试')
    const outcome = await runNextSiteBuild(gazette.payload, pipelineSettings())
    expect(outcome?.status).toBe('succeeded')
    firstBuild = outcome?.buildId as string
    expect(liveBuildId(siteRoot)).toBe(firstBuild)
    expect(fs.existsSync(path.join(liveLink(siteRoot), 'documents', '2022-yuncheng-zwgk-yaodian', 'index.html'))).toBe(true)
    const record = await gazette.payload.findByID({ collection: 'site-builds', id: outcome?.id as number })
    expect(record.live).toBe(true)
    expect(record.documents).toBe(5)
    expect(record.contentHash).toMatch(/^[0-9a-f]{12}$/)
  })

  it('queues one build for a burst of publications, and the build shows them all', async () => {
    for (let i = 1; i <= 10; i += 1) {
      await gazette.payload.create({
        collection: 'documents',
        data: {
          title: `连续发布的第${i}件文件`,
          slug: `burst-${i}`,
          kind: 'other',
          issuers: [orgId],
          writtenDate: '2024-06-01T04:00:00.000Z',
          disclosure: 'proactive',
          _status: 'published',
        },
      })
    }
    expect(await queuedCount()).toBe(1)
    const outcome = await runNextSiteBuild(gazette.payload, pipelineSettings())
    expect(outcome?.status).toBe('succeeded')
    expect(await queuedCount()).toBe(0)
    const builds = await gazette.payload.find({ collection: 'site-builds', where: { status: { equals: 'succeeded' } }, sort: 'createdAt' })
    // New content, new fingerprint.
    expect(new Set(builds.docs.map((b) => b.contentHash)).size).toBe(builds.docs.length)
    for (let i = 1; i <= 10; i += 1) {
      expect(fs.existsSync(path.join(liveLink(siteRoot), 'documents', `burst-${i}`, 'index.html'))).toBe(true)
    }
    // Started from the live build: the new documents rendered, an untouched one kept as the same file.
    const record = await gazette.payload.findByID({ collection: 'site-builds', id: outcome?.id as number })
    expect(record.log).toMatch(/Incremental build from .*: \d+ item page\(s\) to render/)
    // The export started from the live build's snapshot: only the ten new documents were converted.
    expect(record.log).toMatch(/重新转换 10 篇/)
    const untouched = path.join('documents', '2022-yuncheng-zwgk-yaodian', 'index.html')
    const [before, after] = [path.join(buildsDir(siteRoot), firstBuild, untouched), path.join(liveLink(siteRoot), untouched)]
    expect(fs.statSync(after).ino).toBe(fs.statSync(before).ino)
    expect(fs.existsSync(stateFile(path.join(buildsDir(siteRoot), outcome?.buildId as string)))).toBe(true)
  })

  it('leaves the live site byte-for-byte in place when a build fails, and records why', async () => {
    const before = liveFingerprint()
    const liveBefore = liveBuildId(siteRoot)
    await requestSiteBuild(gazette.payload, '注定失败的构建')
    const outcome = await runNextSiteBuild(gazette.payload, { ...pipelineSettings(), siteBuildCommand: 'node -e "process.exit(3)"' })
    expect(outcome?.status).toBe('failed')
    expect(liveBuildId(siteRoot)).toBe(liveBefore)
    expect(liveFingerprint()).toEqual(before)
    const record = await gazette.payload.findByID({ collection: 'site-builds', id: outcome?.id as number })
    expect(record.live).toBeFalsy()
    expect(record.log).toContain('构建失败')
    expect(record.log).toContain('线上网站保持不变')
  })

  it('retries a killed build once', async () => {
    const killed = await gazette.payload.create({
      collection: 'site-builds',
      data: { status: 'running', trigger: '被中断的构建', pid: 2 ** 22 + 12345, attempt: 1 },
    })
    expect(await recoverInterruptedBuilds(gazette.payload)).toBe(1)
    expect((await gazette.payload.findByID({ collection: 'site-builds', id: killed.id })).status).toBe('failed')
    const retry = await gazette.payload.find({ collection: 'site-builds', where: { status: { equals: 'queued' } } })
    expect(retry.docs[0]?.attempt).toBe(2)
    // Killed again: recorded, not retried a second time.
    await gazette.payload.update({
      collection: 'site-builds',
      id: retry.docs[0]?.id as number,
      data: { status: 'running', pid: 2 ** 22 + 12346 },
    })
    expect(await recoverInterruptedBuilds(gazette.payload)).toBe(0)
    expect(await queuedCount()).toBe(0)
  })

  it('rolls back to the previous build for a publisher, and only for a publisher', async () => {
    const first = await gazette.payload.find({ collection: 'site-builds', where: { buildId: { equals: firstBuild } } })
    const id = first.docs[0]?.id as number
    const editor = await signIn(gazette, 'builds-editor@example.gov.cn', ['editor'])
    const refused = await gazette.rest(`/api/site-builds/${id}/rollback`, { method: 'POST', headers: { Authorization: `JWT ${editor}` } })
    expect(refused.status).toBe(403)
    const publisher = await signIn(gazette, 'builds-publisher@example.gov.cn', ['publisher'])
    const response = await gazette.rest(`/api/site-builds/${id}/rollback`, {
      method: 'POST',
      headers: { Authorization: `JWT ${publisher}` },
    })
    expect(response.status).toBe(200)
    expect(liveBuildId(siteRoot)).toBe(firstBuild)
    expect(fs.existsSync(path.join(liveLink(siteRoot), 'documents', 'burst-1'))).toBe(false)
    expect((await gazette.payload.findByID({ collection: 'site-builds', id })).live).toBe(true)
  })

  it('previews a draft with the site templates for staff only, outside the public site', async () => {
    const draft = await gazette.payload.create({
      collection: 'documents',
      draft: true,
      data: {
        title: '尚未提交审核的预览草稿',
        slug: 'preview-draft',
        kind: 'other',
        issuers: [orgId],
        writtenDate: '2024-06-01T04:00:00.000Z',
        disclosure: 'on-request',
        disclosureReason: '内部审阅',
        _status: 'draft',
      },
    })
    const anonymous = await gazette.rest(`/api/documents/${draft.id}/preview`)
    expect(anonymous.status).toBe(403)
    const editor = await signIn(gazette, 'preview-editor@example.gov.cn', ['editor'])
    const auth = { headers: { Authorization: `JWT ${editor}` } }
    // The request only queues the preview job and sends the browser on to its state page.
    const queued = await gazette.rest(`/api/documents/${draft.id}/preview`, auth)
    expect(queued.status).toBe(303)
    const follow = queued.headers.get('location') ?? ''
    expect(follow).toMatch(/\?job=/)
    const waiting = await gazette.rest(follow, auth)
    expect(waiting.status).toBe(202)
    expect(await waiting.text()).toContain('预览排队中')
    // Another member of staff does not see this preview.
    const other = await signIn(gazette, 'preview-other@example.gov.cn', ['editor'])
    expect((await gazette.rest(follow, { headers: { Authorization: `JWT ${other}` } })).status).toBe(404)
    // The jobs runner builds it; the page then is the preview.
    await gazette.payload.jobs.run({ queue: 'preview' })
    const response = await gazette.rest(follow, auth)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const html = await response.text()
    expect(html).toContain('<html lang="zh-CN"')
    expect(html).toContain('尚未提交审核的预览草稿')
    expect(html).toContain('草稿预览')
    expect(html).toContain('<style')
    expect(fs.existsSync(path.join(liveLink(siteRoot), 'documents', 'preview-draft'))).toBe(false)
    expect(fs.readdirSync(path.join(siteRoot, 'preview'))).toEqual([])
    expect((await gazette.rest(follow, { headers: { Authorization: `JWT ${other}` } })).status).toBe(404)
  })

  it('says why a preview job failed, in Chinese', async () => {
    const editor = await signIn(gazette, 'preview-failure@example.gov.cn', ['editor'])
    const auth = { headers: { Authorization: `JWT ${editor}` } }
    const queued = await gazette.rest('/api/documents/999999/preview', auth)
    expect(queued.status).toBe(303)
    const follow = queued.headers.get('location') ?? ''
    await gazette.payload.jobs.run({ queue: 'preview' })
    const failed = await gazette.rest(follow, auth)
    expect(failed.status).toBe(422)
    const page = await failed.text()
    expect(page).toContain('data-job-state="failed"')
    expect(page).toContain('预览生成失败：找不到这份草稿，或您无权查看。')
  })
})
