/**
 * npm run bench -- load: how many editors one server holds. A real CMS (the production
 * admin under `next start`) on a fresh embedded SQLite database with the sample content
 * and staff accounts made for the run; then, over HTTP only, rounds of N editors writing
 * and submitting at once while reviewers approve, publishers publish and the public reads
 * the REST API at a steady rate; the site builds the publications queue run in the CMS as
 * usual. Prints, per round and action kind, throughput, p50/p95/max latency and errors by
 * status, the CMS's peak memory, and the largest N whose editors' saves stayed under 1 s
 * at p95 with no error. Figures only: nothing here asserts on time.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'

import { repoRoot } from '../../../core/paths'
import { type CmsServer, startCms } from './cmsServer'
import { gazetteEnv, loadWorkDir } from './gazetteEnv'
import type { LoadOptions } from './options'
import { type PreparedGazette, prepareGazette } from './prepareGazette'
import { Recorder } from './recorder'
import { formatRound, formatSummary } from './report'
import { runRound } from './round'
import { type Account, signInAll, staffAccounts } from './staff'
import { figuresOf } from './summarize'
import { watchTreeMemory } from './treeMemory'
import type { LoadReport, RoundFigures } from './types'

/** How long a round waits for the site builds its publications queued. */
const BUILD_WAIT_MS = 240_000

export async function benchLoad(options: LoadOptions): Promise<LoadReport> {
  const log = options.log ?? console.log
  const work = loadWorkDir()
  fs.rmSync(work, { recursive: true, force: true })
  const env = gazetteEnv(work)
  // Before the config is first imported: it reads the environment once.
  Object.assign(process.env, env)
  const accounts = staffAccounts(Math.max(...options.editors), options.editorsPerReviewer)
  log(
    `负载基准：${os.cpus().length} 核，提交 ${currentCommit() ?? '?'}，开始时负载 load average ${os.loadavg()[0]?.toFixed(1)}（机器与他人共用时各项数字偏慢）`,
  )
  log(
    `每轮：编辑同时开始，各新建一篇草稿、保存 ${options.savesPerDocument} 次、提交审核；每 ${options.editorsPerReviewer} 位编辑配审核员、发布员各一；每人两次操作间隔约 ${(options.thinkMs / 1000).toFixed(1)} s；公众每秒读取 ${options.readsPerSecond} 次`,
  )
  log('准备：')
  try {
    const gazette = await prepareGazette(accounts, log)
    const server = await startCms(env, work, options.rebuildAdmin, log)
    return await measure(server, gazette, accounts, options, log)
  } finally {
    if (options.keep) log(`工作目录保留在 ${work}`)
    else fs.rmSync(work, { recursive: true, force: true })
  }
}

/** Sign-in, warm-up and the rounds against the started server, which is stopped at the end. */
async function measure(
  server: CmsServer,
  gazette: PreparedGazette,
  accounts: Account[],
  options: LoadOptions,
  log: (line: string) => void,
): Promise<LoadReport> {
  // The server has its own process group, which a Ctrl+C in the terminal does not reach.
  const stopOnSignal = () => void server.stop().then(() => process.exit(130))
  process.once('SIGINT', stopOnSignal)
  process.once('SIGTERM', stopOnSignal)
  const memory = watchTreeMemory(server.pid)
  try {
    log(
      `  管理后台：${server.adminBuildMs === null ? '沿用已有构建 cms/.next' : `新构建 ${(server.adminBuildMs / 1000).toFixed(0)} s`}；next start 到登录页应答 ${(server.startMs / 1000).toFixed(1)} s（${server.url}）`,
    )
    const signInRecorder = new Recorder(server.url)
    let started = performance.now()
    const staff = await signInAll(signInRecorder, accounts)
    const signIn = figuresOf(signInRecorder.samples, performance.now() - started)
    log(`  ${accounts.length} 个账号登录（两个同时）：p50 ${Math.round(signIn.p50Ms)} ms，p95 ${Math.round(signIn.p95Ms)} ms`)
    // The first calls load the routes' modules; they are not what a working office waits for.
    const warm = new Recorder(server.url)
    await warm.call('public-read', '/api/documents?limit=1')
    await warm.call('review-read', '/api/documents?limit=1&draft=true', { token: staff[0]?.token })

    const rounds: RoundFigures[] = []
    for (const [index, editors] of options.editors.entries()) {
      log('')
      log(`第 ${index + 1} 轮：`)
      started = performance.now()
      const round = await runRound(
        server.url,
        staff,
        gazette,
        memory,
        {
          round: index + 1,
          editors,
          savesPerDocument: options.savesPerDocument,
          thinkMs: options.thinkMs,
          readsPerSecond: options.readsPerSecond,
          editorsPerReviewer: options.editorsPerReviewer,
          buildWaitMs: BUILD_WAIT_MS,
        },
        log,
      )
      rounds.push(round)
      for (const line of formatRound(round)) log(line)
    }
    const holding = rounds.filter((round) => round.holds).map((round) => round.editors)
    const report: LoadReport = {
      machine: {
        cpus: os.cpus().length,
        memoryBytes: os.totalmem(),
        node: process.version,
        date: new Date().toISOString(),
        commit: currentCommit(),
      },
      settings: {
        editors: options.editors,
        savesPerDocument: options.savesPerDocument,
        thinkMs: options.thinkMs,
        readsPerSecond: options.readsPerSecond,
        staffPerReviewer: options.editorsPerReviewer,
      },
      preparation: {
        databaseMs: gazette.databaseMs,
        firstBuildMs: gazette.firstBuildMs,
        firstBuildStatus: gazette.firstBuildStatus,
        adminBuildMs: server.adminBuildMs,
        serverStartMs: server.startMs,
        signIn,
      },
      rounds,
      holdsEditors: holding.length > 0 ? Math.max(...holding) : null,
      peakRssBytes: memory.runPeak(),
    }
    log('')
    for (const line of formatSummary(report)) log(line)
    if (options.json) fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`)
    return report
  } finally {
    memory.stop()
    process.off('SIGINT', stopOnSignal)
    process.off('SIGTERM', stopOnSignal)
    await server.stop()
  }
}

/** The commit measured, when the tree is a git checkout. */
function currentCommit(): string | null {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}
