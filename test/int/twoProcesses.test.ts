/**
 * Two CMS processes on one database (issue 25): two editors' servers, or a restart that
 * overlaps a running one. Two real processes (test/int/helpers/twoProcessWorker.ts) open
 * the same SQLite file and act at the same moment: numbers stay unique and consecutive,
 * one issue number goes to one issue, site builds never run at once and none is left
 * behind, one process at a time runs the job queue and scheduled publication publishes
 * each item once. The database refuses a duplicate issue number even from code that
 * skips the rules.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { holdsJobRunner } from '../../cms/leases/jobRunnerLease'
import { runNextSiteBuild } from '../../cms/publishing/runSiteBuild'
import { call, createStaff, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const rounds = ['numbers', 'issue', 'build', 'scheduled'] as const
type Round = (typeof rounds)[number]

type Worker = { child: ChildProcess; waiting: Set<string>; results: Map<string, unknown>; exit: Promise<number | null>; output: string[] }

let gazette: TempGazette
let staff: Staff
let barrierDir: string
let workers: Worker[]
const scheduled: number[] = []
const results = new Map<Round, unknown[]>()

function startWorker(name: string): Worker {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GONGBAO_JOBS: 'off',
    SITE_BUILD_COMMAND: 'sleep 1',
    SITE_ROOT: path.join(gazette.dir, 'site'),
  }
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['test/int/helpers/twoProcessWorker.ts', name, barrierDir], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const worker: Worker = {
    child,
    waiting: new Set(),
    results: new Map(),
    output: [],
    exit: new Promise((resolve) => child.on('close', (code) => resolve(code))),
  }
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream! }).on('line', (line) => {
      worker.output.push(line)
      const waiting = /^waiting (\w+)$/.exec(line)
      if (waiting?.[1]) worker.waiting.add(waiting[1])
      const result = /^result (\w+) (.*)$/.exec(line)
      if (result?.[1]) worker.results.set(result[1], JSON.parse(result[2] ?? 'null'))
    })
  }
  return worker
}

async function until(check: () => boolean, what: string, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}:\n${workers.map((w) => w.output.slice(-20).join('\n')).join('\n---\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Both processes wait at the round's barrier; both are released at once; both report. */
async function runRound(round: Round): Promise<unknown[]> {
  await until(() => workers.every((worker) => worker.waiting.has(round)), `both workers at ${round}`)
  fs.writeFileSync(path.join(barrierDir, `go-${round}`), '')
  await until(() => workers.every((worker) => worker.results.has(round)), `both results of ${round}`)
  return workers.map((worker) => worker.results.get(round))
}

beforeAll(async () => {
  gazette = await startTempGazette()
  process.env.SITE_ROOT = path.join(gazette.dir, 'site')
  process.env.SITE_BUILD_COMMAND = 'sleep 1'
  barrierDir = fs.mkdtempSync(path.join(gazette.dir, 'barrier-'))
  staff = await createStaff(gazette)
  const org = await gazette.payload.create({ collection: 'organizations', data: { name: '双进程测试局' } })
  // Approved, with a 定时发布 time already past: the next run of the scheduled job publishes them.
  for (const n of [1, 2, 3, 4]) {
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      title: `定时发布的文件${n}`,
      kind: 'other',
      issuers: [org.id],
      writtenDate: '2024-06-01T04:00:00.000Z',
      disclosure: 'proactive',
      _status: 'draft',
      workflowAction: 'submit',
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    expect((await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })).status).toBe(
      200,
    )
    await gazette.payload.update({
      collection: 'documents',
      id,
      draft: true,
      data: { publishAt: '2024-01-01T00:00:00.000Z' },
      overrideAccess: true,
    })
    scheduled.push(id)
  }
  workers = [startWorker('甲'), startWorker('乙')]
  for (const round of rounds) results.set(round, await runRound(round))
  const codes = await Promise.all(workers.map((worker) => worker.exit))
  expect(codes, workers.map((w) => w.output.slice(-20).join('\n')).join('\n---\n')).toEqual([0, 0])
}, 300_000)

afterAll(async () => {
  for (const worker of workers ?? []) worker.child.kill('SIGKILL')
  await gazette?.cleanup()
})

describe('two CMS processes on one database', () => {
  it('hand out numbers that are unique and consecutive', () => {
    const serials = (results.get('numbers') as { serials: number[] }[]).flatMap((result) => result.serials)
    expect(serials).toHaveLength(80)
    expect([...serials].sort((a, b) => a - b)).toEqual(Array.from({ length: 80 }, (_, i) => i + 1))
  })

  it('give one issue number to one issue; the other process is refused', async () => {
    const outcomes = results.get('issue') as { created?: number; refused?: string }[]
    expect(outcomes.filter((outcome) => outcome.created !== undefined)).toHaveLength(1)
    expect(outcomes.filter((outcome) => outcome.refused !== undefined)).toHaveLength(1)
    const { totalDocs } = await gazette.payload.find({
      collection: 'gazette-issues',
      where: { year: { equals: 2026 } },
      draft: true,
      depth: 0,
    })
    expect(totalDocs).toBe(1)
  })

  it('never run two site builds at once, and leave none behind', async () => {
    // A build queued by one process while the other held the lease waits for the next run
    // (the job runner's, every five seconds); here the test's own process is that run.
    while (await runNextSiteBuild(gazette.payload)) {
      /* until the queue is empty */
    }
    const { docs } = await gazette.payload.find({ collection: 'site-builds', sort: 'startedAt', pagination: false, depth: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(1)
    expect(docs.map((build) => build.status).filter((status) => status === 'queued' || status === 'running')).toEqual([])
    for (let i = 1; i < docs.length; i += 1) {
      const previous = docs[i - 1]!
      expect(new Date(docs[i]!.startedAt!).getTime(), `build ${docs[i]!.id} started before ${previous.id} finished`).toBeGreaterThanOrEqual(
        new Date(previous.finishedAt!).getTime(),
      )
    }
    const { totalDocs: leases } = await gazette.payload.find({ collection: 'leases', where: { name: { equals: 'site-build' } }, depth: 0 })
    expect(leases).toBe(0)
  })

  it('run the job queue in one process at a time, and publish each scheduled item once', async () => {
    // The process that asked first ran the queue; the other ran it only if the first had
    // exited meanwhile (its lease then belongs to a dead process), never at the same time.
    const runs = (results.get('scheduled') as { runner: boolean; from?: number; to?: number }[]).filter((result) => result.runner)
    expect(runs.length).toBeGreaterThanOrEqual(1)
    const [first, second] = [...runs].sort((a, b) => (a.from ?? 0) - (b.from ?? 0))
    if (first && second) expect(second.from ?? 0).toBeGreaterThanOrEqual(first.to ?? 0)
    // A job queued while another process held the runner waits for the runner's next tick:
    // here the test's own process, which takes the lease over from the workers that exited.
    expect(await holdsJobRunner(gazette.payload)).toBe(true)
    const tick = Date.now()
    await gazette.payload.jobs.run({ queue: 'scheduled' })
    const { docs: left } = await gazette.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'scheduled' } }, depth: 0 })
    // Jobs the schedules queued for later (the next minute, 02:00, …) wait; none due at the tick is left.
    const due = left.filter((job) => !job.waitUntil || new Date(job.waitUntil).getTime() <= tick)
    expect(due.map((job) => JSON.stringify(job))).toEqual([])
    for (const id of scheduled) {
      const doc = await gazette.payload.findByID({ collection: 'documents', id, depth: 0 })
      expect(doc._status).toBe('published')
      const { docs } = await gazette.payload.find({
        collection: 'review-events',
        where: { and: [{ 'item.value': { equals: id } }, { action: { equals: 'publish' } }] },
        pagination: false,
        depth: 0,
      })
      expect(docs, `publication events of document ${id}`).toHaveLength(1)
    }
  })

  it('refuse a duplicate issue number in the database itself, below the rules', async () => {
    const data = {
      year: 2027,
      issueNumber: 1,
      totalNumber: 900,
      publicationDate: '2027-01-15T04:00:00.000Z',
      sections: [],
      _status: 'draft' as const,
    }
    await gazette.payload.db.create({ collection: 'gazette-issues', data })
    await expect(gazette.payload.db.create({ collection: 'gazette-issues', data: { ...data, totalNumber: 901 } })).rejects.toThrow()
    await expect(gazette.payload.db.create({ collection: 'gazette-issues', data: { ...data, year: 2028 } })).rejects.toThrow()
    await gazette.payload.db.create({ collection: 'gazette-issues', data: { ...data, year: 2028, totalNumber: 902 } })
  })
})
