/**
 * /api/health on the real Payload config and a fresh SQLite file, asked as a monitor asks
 * (no sign-in): down (503) before any site is live and when the database stops answering;
 * healthy (200) once the publishing pipeline's real build is live, with that build, its
 * age, the scheduler's last run and the free space where the CMS writes; degraded but 200
 * when a later build fails and the live site keeps serving. Nothing it says is private.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { HealthReport } from '../../core/health/healthReport'
import { liveBuildId } from '../../cms/publishing/liveSite'
import { requestSiteBuild } from '../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { pipelineSettings } from '../../core/settings'
import { seedSamples } from '../../scripts/lib/seedSamples'
import { signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let siteRoot: string

async function health(token?: string): Promise<{ status: number; headers: Headers; report: HealthReport; text: string }> {
  const response = await gazette.rest('/api/health', token ? { headers: { Authorization: `JWT ${token}` } } : undefined)
  const text = await response.text()
  return { status: response.status, headers: response.headers, report: JSON.parse(text) as HealthReport, text }
}

beforeAll(async () => {
  // Inside the repository: Astro moves files with rename(), which fails across filesystems.
  siteRoot = path.resolve('.tmp', `health-${process.pid}`)
  process.env.SITE_ROOT = siteRoot
  gazette = await startTempGazette()
})

afterAll(async () => {
  await gazette?.cleanup()
  fs.rmSync(siteRoot, { recursive: true, force: true })
  delete process.env.SITE_ROOT
})

describe('/api/health', () => {
  it('is down (503) while no site is live, and says why', async () => {
    const { status, headers, report } = await health()
    expect(status).toBe(503)
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    expect(headers.get('cache-control')).toBe('no-store')
    expect(report.status).toBe('down')
    expect(report.problems).toEqual(['live-site-missing'])
    expect(report.database.ok).toBe(true)
    expect(report.site).toEqual({ live: null, lastBuild: null })
    // Scripts and tests run without the job runner (cms/jobQueues.ts); the served app has it on.
    expect(report.jobs).toEqual({ enabled: false, lastScheduledAt: null, secondsSinceLastScheduled: null })
  })

  it('is healthy once a real build is live: the build, its age and the free space', async () => {
    await seedSamples(gazette.payload)
    await requestSiteBuild(gazette.payload, '健康检查测试')
    const outcome = await runNextSiteBuild(gazette.payload, pipelineSettings())
    expect(outcome?.status).toBe('succeeded')
    const record = await gazette.payload.findByID({ collection: 'site-builds', id: outcome?.id as number })

    const { status, report } = await health()
    expect(status).toBe(200)
    expect(report.status).toBe('ok')
    expect(report.problems).toEqual([])
    expect(report.database.ms).toBeGreaterThanOrEqual(0)
    expect(report.site.live).toEqual({ buildId: liveBuildId(siteRoot), finishedAt: record.finishedAt, ageSeconds: expect.any(Number) })
    expect(report.site.live?.ageSeconds).toBeLessThan(120)
    expect(report.site.lastBuild).toMatchObject({
      id: record.id,
      buildId: outcome?.buildId,
      status: 'succeeded',
      finishedAt: record.finishedAt,
    })
    for (const [dir, disk] of [
      [gazette.dir, report.disk.dataDir],
      [siteRoot, report.disk.siteRoot],
    ] as const) {
      const stats = fs.statfsSync(dir)
      expect(disk?.totalBytes).toBe(stats.blocks * stats.bsize)
      // Others write to the same disk meanwhile: the same order of magnitude is the check.
      expect(Math.abs((disk?.freeBytes ?? 0) - stats.bavail * stats.bsize)).toBeLessThan(stats.blocks * stats.bsize * 0.05)
    }
  })

  it('tells when the job scheduler last ran', async () => {
    const before = Date.now()
    await gazette.payload.jobs.handleSchedules({ allQueues: true })
    const { report } = await health()
    expect(Date.parse(report.jobs.lastScheduledAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
    expect(report.jobs.secondsSinceLastScheduled).toBeLessThan(60)
  })

  it('shows nothing private: no titles, people, paths or secrets, signed in or not', async () => {
    const token = await signIn(gazette, 'health-admin@example.gov.cn', ['admin'])
    const { text } = await health()
    const signedIn = await health(token)
    expect(Object.keys(signedIn.report).sort()).toEqual(Object.keys(JSON.parse(text) as object).sort())
    expect(signedIn.report.site).toEqual((JSON.parse(text) as HealthReport).site)
    const { docs } = await gazette.payload.find({ collection: 'documents', limit: 100, depth: 0 })
    expect(docs.length).toBeGreaterThan(0)
    const builds = await gazette.payload.find({ collection: 'site-builds', limit: 100, depth: 0 })
    const secrets = [
      ...docs.map((doc) => doc.title),
      ...builds.docs.flatMap((build) => [build.trigger ?? '', build.log ?? '']).filter((value) => value.length > 3),
      'first-admin@example.gov.cn',
      'health-admin@example.gov.cn',
      'integration-test-secret',
      gazette.dir,
      siteRoot,
      '健康检查测试',
    ]
    for (const secret of secrets) for (const answer of [text, signedIn.text]) expect(answer).not.toContain(secret)
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['checkedAt', 'database', 'disk', 'jobs', 'problems', 'site', 'status'])
  })

  it('stays up but reports a failed build while the live site keeps serving', async () => {
    const live = liveBuildId(siteRoot)
    await requestSiteBuild(gazette.payload, '失败的构建')
    const outcome = await runNextSiteBuild(gazette.payload, { ...pipelineSettings(), siteBuildCommand: 'exit 3' })
    expect(outcome?.status).toBe('failed')
    const { status, report } = await health()
    expect(status).toBe(200)
    expect(report.status).toBe('degraded')
    expect(report.problems).toEqual(['last-build-failed'])
    expect(report.site.live?.buildId).toBe(live)
    expect(report.site.lastBuild).toMatchObject({ id: outcome?.id, status: 'failed' })
  })

  it('is down (503) when the database stops answering', async () => {
    // The embedded database's connection closed under the running CMS.
    ;(gazette.payload.db as unknown as { client: { close: () => void } }).client.close()
    const { status, report } = await health()
    expect(status).toBe(503)
    expect(report.status).toBe('down')
    expect(report.problems).toContain('database-unreachable')
    expect(report.database).toEqual({ ok: false, ms: null })
  })
})
