/**
 * Crash safety of the publishing pipeline, on real processes: a child process runs a site
 * build (or a switch, a prune, `npm run export`) on the test's database and site root and
 * is killed with SIGKILL at a named step (GONGBAO_CRASH_AT, core/crashPoint.ts) or at a
 * random moment of a full build; then this process, as the restarted CMS, checks that the
 * live link still points at a whole, verified build and that recovery settles the killed
 * work (recoverInterruptedBuilds: completed when it had gone live, else retried once and
 * its leftovers deleted). A build on a full disk fails with 磁盘空间不足 and leaves the
 * live site as it was. Each step's kill and recovery times are printed for the record.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { buildsDir, liveBuildId, trashDir } from '../../cms/publishing/liveSite'
import { keptSnapshotDir } from '../../cms/publishing/keptSnapshots'
import { recoverInterruptedBuilds } from '../../cms/publishing/recoverBuilds'
import { requestSiteBuild } from '../../cms/publishing/requestSiteBuild'
import { type BuildOutcome, runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { logHomeDir, siteLogDir } from '../../cms/verify/siteLog'
import { readLogFolder } from '../../cms/verify/logFolder'
import { pipelineSettings } from '../../core/settings'
import { manifestSchema, snapshotPaths } from '../../core/snapshot/schema'
import { seedSamples } from '../../scripts/lib/seedSamples'
import { liveProblems, siteLeftovers } from './helpers/crashInvariants'
import { type ChildRun, childResult, runChild } from './helpers/crashRun'
import { mountSmallDisk } from './helpers/crashTmpfs'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'
import { minimalPdf } from './helpers/uploadSamples'

const CHILD = 'test/int/helpers/crashChild.ts'

let gazette: TempGazette
let siteRoot: string
let fullBuildMs = 0
/** What each kill cost and how long recovery took, printed at the end. */
const figures: string[] = []

const builds = async (where: Where = {}) =>
  (await gazette.payload.find({ collection: 'site-builds', where, pagination: false, depth: 0, sort: 'createdAt' })).docs
const running = async () => builds({ status: { equals: 'running' } })

function expectKilledAt(run: ChildRun, point: string): void {
  expect(run.signal, `${run.stdout}\n${run.stderr}`).toBe('SIGKILL')
  expect(run.crashedAt).toBe(point)
}

/** Recovery as a restarted CMS runs it, timed. */
async function recover(step: string, run: ChildRun): Promise<number> {
  const started = performance.now()
  const retried = await recoverInterruptedBuilds(gazette.payload)
  const ms = performance.now() - started
  figures.push(`${step}: child killed after ${(run.ms / 1000).toFixed(1)} s, recovery ${ms.toFixed(0)} ms`)
  return retried
}

beforeAll(async () => {
  // Inside the repository: Astro moves files with rename(), which fails across filesystems.
  siteRoot = path.resolve('.tmp', `crash-pipeline-${process.pid}`)
  process.env.SITE_ROOT = siteRoot
  gazette = await startTempGazette()
  await seedSamples(gazette.payload)
  // An attachment, so that the export copies a file too.
  const pdf = minimalPdf('crash pipeline attachment')
  const media = await gazette.payload.create({
    collection: 'media',
    data: {},
    file: { data: pdf, mimetype: 'application/pdf', name: 'crash-fujian.pdf', size: pdf.length },
  })
  const { docs } = await gazette.payload.find({ collection: 'documents', limit: 1, depth: 0 })
  await gazette.payload.update({
    collection: 'documents',
    id: docs[0]?.id as number,
    data: { attachments: [{ title: '附件1', file: media.id }], _status: 'published' },
  })
  const started = performance.now()
  await requestSiteBuild(gazette.payload, '崩溃测试：首次构建')
  expect((await runNextSiteBuild(gazette.payload))?.status).toBe('succeeded')
  fullBuildMs = performance.now() - started
  figures.push(`first full build in this process: ${(fullBuildMs / 1000).toFixed(1)} s`)
})

afterAll(async () => {
  console.log(`crash safety, publishing pipeline:\n  ${figures.join('\n  ')}`)
  await gazette?.cleanup()
  fs.rmSync(siteRoot, { recursive: true, force: true })
  delete process.env.SITE_ROOT
})

describe('a site build killed at each step', () => {
  it('after the export: the live site untouched; on restart recorded as failed, its work folder deleted, retried once', async () => {
    const live = liveBuildId(siteRoot)
    const run = await runChild(CHILD, ['site-build', '崩溃测试：导出之后'], { crashAt: 'build:exported' })
    expectKilledAt(run, 'build:exported')
    expect(liveBuildId(siteRoot)).toBe(live)
    expect(liveProblems(siteRoot)).toEqual([])
    const [killed] = await running()
    expect(killed?.pid).toBeGreaterThan(0)
    expect(siteLeftovers(siteRoot)).toEqual([`work/${killed?.buildId}`])

    expect(await recover('build:exported', run)).toBe(1)
    const record = await gazette.payload.findByID({ collection: 'site-builds', id: killed?.id as number })
    expect(record.status).toBe('failed')
    expect(record.log).toContain('构建进程已中断')
    expect(record.log).toContain(`线上网站保持不变：${live}`)
    expect(siteLeftovers(siteRoot)).toEqual([])
    const [retry] = await builds({ status: { equals: 'queued' } })
    expect(retry?.attempt).toBe(2)
  })

  it('after the build is filed, before the switch: never served; the retry killed again stays failed and its folder is deleted', async () => {
    const live = liveBuildId(siteRoot)
    // The retry queued above is the build this child runs (a request joins a queued build).
    const run = await runChild(CHILD, ['site-build', '崩溃测试：上线之前'], { crashAt: 'build:kept' })
    expectKilledAt(run, 'build:kept')
    const [killed] = await running()
    expect(killed?.attempt).toBe(2)
    // Whole and filed, but not live.
    expect(fs.existsSync(path.join(buildsDir(siteRoot), killed?.buildId as string, 'index.html'))).toBe(true)
    expect(liveBuildId(siteRoot)).toBe(live)
    expect(liveProblems(siteRoot)).toEqual([])

    expect(await recover('build:kept', run)).toBe(0)
    const record = await gazette.payload.findByID({ collection: 'site-builds', id: killed?.id as number })
    expect(record.status).toBe('failed')
    expect(record.live).toBeFalsy()
    expect(fs.existsSync(path.join(buildsDir(siteRoot), killed?.buildId as string))).toBe(false)
    expect(fs.existsSync(keptSnapshotDir(siteRoot, killed?.buildId as string))).toBe(false)
    expect(siteLeftovers(siteRoot)).toEqual([])
    expect(await builds({ status: { equals: 'queued' } })).toEqual([])
  })

  it('after the switch, before its record: the new build is live and whole; on restart completed as succeeded, not built again', async () => {
    const before = liveBuildId(siteRoot)
    // Something new to publish, so that the build adds to the publication log.
    const org = (await gazette.payload.find({ collection: 'organizations', limit: 1, depth: 0 })).docs[0]
    await gazette.payload.create({
      collection: 'documents',
      data: {
        title: '切换上线时中断的构建所发布的文件',
        slug: 'crash-switched',
        kind: 'other',
        issuers: [org?.id as number],
        writtenDate: '2024-06-01T04:00:00.000Z',
        disclosure: 'proactive',
        _status: 'published',
      },
    })
    const run = await runChild(CHILD, ['site-build', '崩溃测试：切换之后'], { crashAt: 'live:switched' })
    expectKilledAt(run, 'live:switched')
    const [killed] = await running()
    expect(liveBuildId(siteRoot)).toBe(killed?.buildId)
    expect(liveBuildId(siteRoot)).not.toBe(before)
    expect(liveProblems(siteRoot)).toEqual([])
    expect(fs.existsSync(path.join(buildsDir(siteRoot), killed?.buildId as string, 'documents', 'crash-switched', 'index.html'))).toBe(true)
    // The publication log went live inside the build; its home is one batch behind.
    const served = readLogFolder(siteLogDir(path.join(buildsDir(siteRoot), killed?.buildId as string)))
    expect(readLogFolder(logHomeDir(siteRoot))?.head.size).toBeLessThan(served?.head.size as number)

    expect(await recover('live:switched', run)).toBe(0)
    const record = await gazette.payload.findByID({ collection: 'site-builds', id: killed?.id as number })
    expect(record.status).toBe('succeeded')
    expect(record.live).toBe(true)
    expect(record.log).toContain('重启后补记为成功')
    expect(record.contentHash).toMatch(/^[0-9a-f]{12}$/)
    expect((await builds({ live: { equals: true } })).map((b) => b.id)).toEqual([killed?.id])
    expect(readLogFolder(logHomeDir(siteRoot))?.head.size).toBe(served?.head.size)
    expect(await builds({ status: { equals: 'queued' } })).toEqual([])
    expect(siteLeftovers(siteRoot)).toEqual([])
  })

  it('a switch killed between the new link and its rename leaves the live link as it was', async () => {
    const live = liveBuildId(siteRoot) as string
    const first = (await builds({ status: { equals: 'succeeded' } }))[0]?.buildId as string
    const run = await runChild(CHILD, ['switch-live', first], { crashAt: 'live:linked' })
    expectKilledAt(run, 'live:linked')
    figures.push(`live:linked: child killed after ${(run.ms / 1000).toFixed(1)} s`)
    expect(liveBuildId(siteRoot)).toBe(live)
    expect(liveProblems(siteRoot)).toEqual([])
    // The dead switch's link is left; the next switch deletes it (checked at the end).
    expect(siteLeftovers(siteRoot)).toEqual([expect.stringMatching(/^live\.next-\d+$/)])
  })

  it('a prune killed while deleting an old build leaves no half build in builds/', async () => {
    const live = liveBuildId(siteRoot)
    const before = fs.readdirSync(buildsDir(siteRoot), { withFileTypes: true }).filter((e) => e.isDirectory())
    expect(before.length).toBeGreaterThan(1)
    const run = await runChild(CHILD, ['prune', '1'], { crashAt: 'prune:moved' })
    expectKilledAt(run, 'prune:moved')
    figures.push(`prune:moved: child killed after ${(run.ms / 1000).toFixed(1)} s`)
    expect(liveBuildId(siteRoot)).toBe(live)
    expect(liveProblems(siteRoot)).toEqual([])
    // The build being deleted is out of builds/ whole; every build still there is whole.
    const moved = fs.readdirSync(trashDir(siteRoot))
    expect(moved).toHaveLength(1)
    for (const entry of fs.readdirSync(buildsDir(siteRoot), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      expect(fs.existsSync(path.join(buildsDir(siteRoot), entry.name, 'index.html'))).toBe(true)
    }
    expect(fs.existsSync(path.join(buildsDir(siteRoot), moved[0] as string))).toBe(false)
  })

  it('killed at random moments of a full build, the live link always points at a whole build; a restart then builds', async () => {
    // Anywhere from the export to the switch, by the length of a full build measured above.
    const delays = [0, 1].map(() => Math.round(fullBuildMs * (0.1 + Math.random() * 0.8)))
    for (const delay of delays) {
      const run = await runChild(CHILD, ['site-build', `崩溃测试：随机中断（${delay} 毫秒）`], {
        env: { INCREMENTAL_BUILD: 'off' },
        killAfter: { marker: 'BUILD STARTED', ms: delay },
      })
      expect(liveProblems(siteRoot)).toEqual([])
      // Not killed in time: the build it ran went live.
      if (run.signal !== 'SIGKILL') expect(childResult<{ outcomes: BuildOutcome[] }>(run)?.outcomes.at(-1)?.status).toBe('succeeded')
      const [killed] = await running()
      const state =
        run.signal !== 'SIGKILL'
          ? 'the build had finished'
          : !killed
            ? 'before the build started'
            : liveBuildId(siteRoot) === killed.buildId
              ? 'after the switch'
              : 'before the switch'
      await recover(`random kill ${delay} ms into a full build (${state})`, run)
      expect(liveProblems(siteRoot)).toEqual([])
      expect(await running()).toEqual([])
      expect(siteLeftovers(siteRoot).filter((left) => !left.startsWith('trash/') && !left.startsWith('live.next-'))).toEqual([])
    }
  })

  it('after all this a restart builds, goes live, and leaves nothing behind', async () => {
    await recoverInterruptedBuilds(gazette.payload)
    await requestSiteBuild(gazette.payload, '崩溃测试：重启后')
    const started = performance.now()
    let last
    for (let outcome = await runNextSiteBuild(gazette.payload); outcome; outcome = await runNextSiteBuild(gazette.payload)) last = outcome
    figures.push(`build after the restarts: ${((performance.now() - started) / 1000).toFixed(1)} s`)
    expect(last?.status).toBe('succeeded')
    expect(liveBuildId(siteRoot)).toBe(last?.buildId)
    expect(liveProblems(siteRoot)).toEqual([])
    expect(siteLeftovers(siteRoot)).toEqual([])
    expect(await running()).toEqual([])
    expect((await builds({ live: { equals: true } })).map((b) => b.buildId)).toEqual([last?.buildId])
  })
})

describe('npm run export killed while it replaces the snapshot', () => {
  it('never leaves half a snapshot: the old one is whole (set aside), and the next export puts things right', async () => {
    const snapshotDir = path.join(siteRoot, 'export-snapshot')
    const settings = pipelineSettings()
    const options = { outDir: snapshotDir, gazetteName: settings.gazetteName, timeZone: settings.timeZone }
    await exportSnapshot(gazette.payload, options)
    const manifestOf = (dir: string) => manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, snapshotPaths.manifest), 'utf8')))
    const first = manifestOf(snapshotDir)

    const run = await runChild('scripts/export.ts', [], { crashAt: 'export:swapping', env: { SNAPSHOT_DIR: snapshotDir } })
    expectKilledAt(run, 'export:swapping')
    figures.push(`export:swapping: npm run export killed after ${(run.ms / 1000).toFixed(1)} s`)
    // Between its two renames: the old snapshot is whole beside its place, the new one whole in staging.
    expect(fs.existsSync(snapshotDir)).toBe(false)
    const beside = fs.readdirSync(siteRoot).filter((name) => name.startsWith('export-snapshot.'))
    expect(beside.sort()).toEqual([
      expect.stringMatching(/^export-snapshot\.replaced-\d+$/),
      expect.stringMatching(/^export-snapshot\.staging-\d+$/),
    ])
    const aside = path.join(siteRoot, beside.find((name) => name.includes('.replaced-')) as string)
    expect(manifestOf(aside)).toEqual(first)
    for (const document of first.documents) expect(fs.existsSync(path.join(aside, snapshotPaths.document(document.id)))).toBe(true)

    const started = performance.now()
    await exportSnapshot(gazette.payload, options)
    figures.push(`export after the kill: ${(performance.now() - started).toFixed(0)} ms`)
    expect(manifestOf(snapshotDir).documents.map((d) => d.id)).toEqual(first.documents.map((d) => d.id))
    expect(fs.readdirSync(siteRoot).filter((name) => name.startsWith('export-snapshot.'))).toEqual([])
  })
})

describe('a site build on a full disk', () => {
  it('fails with 磁盘空间不足, the live site kept as it was, and builds once there is room again', async (context) => {
    const root = path.resolve('.tmp', `crash-full-${process.pid}`)
    const disk = mountSmallDisk(root, 48 * 1024 * 1024)
    if (typeof disk === 'string') {
      console.warn(`skipped: a site build on a full disk — ${disk}`)
      context.skip(disk)
      return
    }
    try {
      // The live build and what it is built from, copied onto the small disk.
      const live = liveBuildId(siteRoot) as string
      for (const part of [`builds/${live}`, `builds/${live}.state.json`, `snapshots/${live}`, `snapshots/${live}.code`, 'log']) {
        fs.mkdirSync(path.dirname(path.join(root, part)), { recursive: true })
        execFileSync('cp', ['-a', path.join(siteRoot, part), path.join(root, part)])
      }
      fs.symlinkSync(path.join('builds', live), path.join(root, 'live'))
      expect(liveProblems(root)).toEqual([])
      const settings = { ...pipelineSettings(), siteRoot: root }

      disk.fill(256 * 1024)
      await requestSiteBuild(gazette.payload, '崩溃测试：磁盘已满')
      const failed = await runNextSiteBuild(gazette.payload, settings)
      expect(failed?.status).toBe('failed')
      const record = await gazette.payload.findByID({ collection: 'site-builds', id: failed?.id as number })
      expect(record.log).toMatch(/构建失败：磁盘空间不足：网站构建写入 .+ 时磁盘已满/)
      expect(record.log).toContain(`线上网站保持不变：${live}`)
      expect(liveBuildId(root)).toBe(live)
      expect(liveProblems(root)).toEqual([])
      expect(siteLeftovers(root)).toEqual([])

      disk.unfill()
      await requestSiteBuild(gazette.payload, '崩溃测试：清理磁盘之后')
      const rebuilt = await runNextSiteBuild(gazette.payload, settings)
      expect(rebuilt?.status).toBe('succeeded')
      expect(liveBuildId(root)).toBe(rebuilt?.buildId)
      expect(liveProblems(root)).toEqual([])
    } finally {
      disk.unmount()
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
