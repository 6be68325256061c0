/**
 * npm run bench -- --docs N: a generated gazette of N documents in a fresh embedded
 * database, then each stage of publishing it in its own process, measured (wall time,
 * peak memory of the process tree): load, export, astro build with Pagefind; the sizes
 * of what was built and the weight of a document page; one document edited and the
 * pipeline bringing it live; search latency and bytes in headless Chromium. Prints a
 * table and can write JSON. Figures only: nothing here asserts on time.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type BuildTimings, readBuildTimings } from '../../../core/build/buildTimings'
import { repoRoot } from '../../../core/paths'
import { keepBuild, liveLink, switchLive } from '../../../cms/publishing/liveSite'
import { siteKey } from '../../../cms/signing/siteKey'
import { logBuild } from '../../../cms/verify/publicationLog'
import { commitLog, writeSiteLog } from '../../../cms/verify/siteLog'
import { startCountingServer } from '../../searchEval/gzipServer'
import { readBuildOutput, readPipelineFigures } from './buildOutput'
import { type Measured, measureCommand } from './measureProcess'
import { formatReport, percentiles } from './report'
import { measureSearch } from './searchLatency'
import type { BenchQuery } from './searchQueries'
import { documentPageCount, folderSize, pageWeight } from './siteFigures'
import { readStageResult } from './stageResult'
import type { BenchReport, EditTimes, SearchSummary, StageFigures } from './types'
import { documentPath } from '../../../core/addresses'
import { manifestSchema, snapshotPaths } from '../../../core/snapshot/schema'

export type ScaleOptions = {
  docs: number
  seed: number
  /** Where to write the JSON report. */
  json?: string
  skipSearch: boolean
  /** Measure only the first N queries of each kind (word, two-char, number, filtered); all by default. */
  queriesPerKind?: number
  /** Keep the working folder (database, snapshot, dist) for inspection. */
  keep: boolean
  /** A stage whose process tree passes this is stopped; default 12 GB. */
  maxRssBytes?: number
  log?: (line: string) => void
}

type EditResult = EditTimes & {
  /** What the build wrote beside its folder (core/build/buildTimings.ts). */
  timings: BuildTimings
}

type LoadResult = {
  generateMs: number
  initMs: number
  loadMs: number
  organizations: number
  documents: number
  relations: number
  interpretations: number
  queries: BenchQuery[]
  editTarget: { slug: string; title: string } | null
}

export async function benchScale(options: ScaleOptions): Promise<BenchReport> {
  const log = options.log ?? console.log
  // Inside the repository: Astro moves files with rename(), which fails across filesystems.
  const work = path.join(repoRoot, '.tmp', `bench-scale-${process.pid}`)
  fs.rmSync(work, { recursive: true, force: true })
  fs.mkdirSync(work, { recursive: true })
  const dirs = { snapshot: path.join(work, 'snapshot'), dist: path.join(work, 'dist'), siteRoot: path.join(work, 'site') }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: path.join(work, 'data'),
    DATABASE_URI: `file:${path.join(work, 'data', 'bench.db')}`,
    SNAPSHOT_DIR: dirs.snapshot,
    DIST_DIR: dirs.dist,
    SITE_ROOT: dirs.siteRoot,
    GAZETTE_NAME: '河阳市人民政府公报（基准测试）',
    // Loading publishes N documents: the fast path queues no site build for each.
    AUTO_BUILD: 'off',
    GONGBAO_JOBS: 'off',
    BENCH_DOCS: String(options.docs),
    BENCH_SEED: String(options.seed),
  }
  const resultFile = path.join(work, 'stage-result.json')
  const bin = (name: string) => path.join(repoRoot, 'node_modules', '.bin', name)
  const logs = path.join(work, 'logs')
  fs.mkdirSync(logs, { recursive: true })
  const run = async (label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Measured> => {
    log(`— ${label}…`)
    fs.rmSync(resultFile, { force: true })
    const measured = await measureCommand(command, args, {
      cwd: repoRoot,
      env: { ...env, ...extraEnv, BENCH_RESULT: resultFile },
      maxRssBytes: options.maxRssBytes,
      echo: (line) => {
        if (/已载入|error|Error|失败/.test(line)) log(`  ${line}`)
      },
    })
    // Kept with --keep: Astro's and Pagefind's own lines say what happened.
    fs.writeFileSync(path.join(logs, `${label.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.log`), measured.output)
    const [loadBefore, loadAfter] = measured.loadAverage
    log(
      `  ${label}: ${(measured.wallMs / 1000).toFixed(1)} s, ${(measured.peakRssBytes / 1024 ** 2).toFixed(0)} MB（负载 ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}）`,
    )
    if (measured.stoppedAtBytes !== undefined) log(`  ${label}: 超出内存上限，已终止 stopped at the memory ceiling`)
    else if (measured.exitCode !== 0) {
      throw new Error(`${label} failed (exit ${measured.exitCode}):\n${measured.output.split('\n').slice(-40).join('\n')}`)
    }
    return measured
  }
  const stage = (file: string) => [path.join(repoRoot, 'scripts', 'bench', 'scale', 'stages', file)]
  const figures = (m: Measured): StageFigures => ({
    wallMs: m.wallMs,
    peakRssBytes: m.peakRssBytes,
    peakByCommand: m.peakByCommand,
    loadAverage: m.loadAverage,
    ...(m.stoppedAtBytes !== undefined ? { stoppedAtBytes: m.stoppedAtBytes } : {}),
  })

  try {
    // Nothing can follow a load or an export that did not finish.
    const loadRun = await run(`载入 ${options.docs} 篇文件 load`, bin('tsx'), stage('load.ts'))
    const loaded = readStageResult<LoadResult>(resultFile)
    const exportRun = await run('导出快照 export', bin('tsx'), stage('export.ts'))
    const exported = readStageResult<{ exportMs: number }>(resultFile)
    const siteRun = await run('网站与索引 astro build', bin('astro'), ['build'])
    const built = readBuildOutput(readBuildTimings(dirs.dist))
    const pagefindPeak = Object.entries(siteRun.peakByCommand).find(([command]) => command.includes('pagefind'))?.[1] ?? null
    const siteComplete = siteRun.exitCode === 0

    const report: BenchReport = {
      docs: options.docs,
      seed: options.seed,
      machine: {
        cpus: os.cpus().length,
        memoryBytes: os.totalmem(),
        node: process.version,
        date: new Date().toISOString(),
        commit: currentCommit(),
      },
      corpus: {
        organizations: loaded.organizations,
        documents: loaded.documents,
        relations: loaded.relations,
        interpretations: loaded.interpretations,
      },
      load: { ...figures(loadRun), generateMs: loaded.generateMs, initMs: loaded.initMs, loadMs: loaded.loadMs },
      export: { ...figures(exportRun), exportMs: exported.exportMs },
      site: { ...figures(siteRun), ...built, pagefindPeakBytes: pagefindPeak },
      fullBuild: { wallMs: exportRun.wallMs + siteRun.wallMs, peakRssBytes: Math.max(exportRun.peakRssBytes, siteRun.peakRssBytes) },
      sizes: {
        dist: folderSize(dirs.dist),
        pagefind: folderSize(path.join(dirs.dist, 'pagefind')),
        snapshot: folderSize(dirs.snapshot),
        documentPages: documentPageCount(dirs.dist),
      },
      documentPage: siteComplete && loaded.editTarget ? pageWeight(dirs.dist, documentPath(loaded.editTarget.slug)) : null,
      edit: null,
      search: null,
    }

    if (siteComplete) {
      const logMs = await installAsLive(dirs.dist, dirs.snapshot, dirs.siteRoot, env)
      report.fullBuild = { ...report.fullBuild, wallMs: report.fullBuild.wallMs + logMs, logMs }
      log(`  发布日志 publication log: ${(logMs / 1000).toFixed(1)} s`)
    }

    if (siteComplete && loaded.editTarget) {
      // The running CMS queues a build on publication: the edit stage turns that back on.
      const editRun = await run('修改一篇并重新上线 edit one', bin('tsx'), stage('edit.ts'), {
        AUTO_BUILD: 'on',
        BENCH_EDIT_SLUG: loaded.editTarget.slug,
      })
      const edited: EditResult =
        editRun.stoppedAtBytes === undefined
          ? readStageResult<EditResult>(resultFile)
          : { saveMs: null, buildMs: null, liveMs: null, doneMs: null, status: 'stopped', liveHasEdit: false, timings: {} }
      report.edit = {
        ...figures(editRun),
        ...readBuildOutput(edited.timings),
        ...readPipelineFigures(edited.timings),
        saveMs: edited.saveMs,
        buildMs: edited.buildMs,
        liveMs: edited.liveMs,
        doneMs: edited.doneMs,
        status: edited.status,
        liveHasEdit: edited.liveHasEdit,
      }
    }

    if (siteComplete && !options.skipSearch) {
      log('— 检索 search…')
      const live = liveLink(dirs.siteRoot)
      const server = await startCountingServer(fs.existsSync(live) ? fs.realpathSync(live) : dirs.dist)
      try {
        const queries = await measureSearch(server, firstOfEachKind(loaded.queries, options.queriesPerKind))
        report.search = { summary: summarize(queries), queries }
      } finally {
        await server.close()
      }
    }

    log('')
    log(formatReport(report))
    if (options.json) {
      fs.mkdirSync(path.dirname(path.resolve(options.json)), { recursive: true })
      fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
      log(`\nJSON → ${options.json}`)
    }
    return report
  } finally {
    if (options.keep) log(`工作目录保留在 ${work}`)
    else fs.rmSync(work, { recursive: true, force: true })
  }
}

/**
 * The full build becomes the live site, as the pipeline would have switched it: its
 * publication log step first (every item logged, the log and its hashes written, as a
 * first full build in the CMS does), then filed with its state and snapshot and switched
 * live, the log home brought up to it. The edit stage then starts from all of them, as an
 * editor's correction does. Returns the log step's time.
 */
async function installAsLive(distDir: string, snapshotDir: string, siteRoot: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now()
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(snapshotDir, snapshotPaths.manifest), 'utf8')))
  const logged = await logBuild({ from: null, distDir, snapshotDir, manifest, builtAt: new Date().toISOString(), key: await siteKey(env) })
  await writeSiteLog(distDir, logged.log, null)
  const logMs = performance.now() - started
  const live = keepBuild(siteRoot, 'bench-full-build', distDir, snapshotDir)
  switchLive(siteRoot, 'bench-full-build')
  const problem = await commitLog(siteRoot, live)
  if (problem) throw new Error(problem)
  return logMs
}

/** The commit measured, when the tree is a git checkout. */
function currentCommit(): string | null {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

/** The first `perKind` queries of each kind, in their order; every query without a limit. */
function firstOfEachKind(queries: BenchQuery[], perKind: number | undefined): BenchQuery[] {
  if (perKind === undefined) return queries
  const seen = new Map<string, number>()
  return queries.filter((query) => {
    const count = seen.get(query.kind) ?? 0
    seen.set(query.kind, count + 1)
    return count < perKind
  })
}

function summarize(queries: NonNullable<BenchReport['search']>['queries']): SearchSummary {
  const numbers = queries.filter((q) => q.expected)
  return {
    queries: queries.length,
    firstMs: percentiles(queries.map((q) => q.first.ms)),
    warmMs: percentiles(queries.map((q) => q.warm.ms)),
    firstBytes: percentiles(queries.map((q) => q.first.bytes)),
    warmBytes: percentiles(queries.map((q) => q.warm.bytes)),
    numberQueries: numbers.length,
    numberQueriesAtRankOne: numbers.filter((q) => q.rankOne).length,
  }
}
