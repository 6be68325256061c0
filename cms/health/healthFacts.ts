/**
 * Gathers what /api/health reports (core/health/healthReport.ts): two small indexed
 * queries on the site builds (which also show the database answers), the job scheduler's
 * own record of its last run (the payload-jobs-stats global), the live link, and the free
 * space of DATA_DIR and SITE_ROOT. Each fact that cannot be had is reported as missing;
 * nothing here throws.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import type { BuildFact, DiskFact, HealthFacts } from '../../core/health/healthReport'
import { dataDir } from '../../core/paths'
import { pipelineSettings } from '../../core/settings'
import { jobsEnabled } from '../jobQueues'
import { liveBuildId, liveLink } from '../publishing/liveSite'

const buildFields = { buildId: true, status: true, finishedAt: true } as const

type BuildRow = { id: number | string; buildId?: string | null; status: string; finishedAt?: string | null }

const buildFact = (row: BuildRow): BuildFact => ({
  id: row.id,
  buildId: row.buildId ?? null,
  status: row.status,
  finishedAt: row.finishedAt ?? null,
})

export async function gatherHealthFacts(payload: Payload): Promise<HealthFacts> {
  const { siteRoot } = pipelineSettings()
  const started = performance.now()
  let lastBuild: BuildFact | null = null
  let database: HealthFacts['database']
  try {
    const { docs } = await payload.find({
      collection: 'site-builds',
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      pagination: false,
      select: buildFields,
      overrideAccess: true,
    })
    database = { ok: true, ms: Math.round(performance.now() - started) }
    lastBuild = docs[0] ? buildFact(docs[0]) : null
  } catch {
    database = { ok: false }
  }
  const [live, lastScheduledAt, dataDisk, siteDisk] = await Promise.all([
    liveFact(payload, siteRoot, database.ok),
    database.ok ? lastScheduledRun(payload) : null,
    freeSpace(dataDir()),
    freeSpace(siteRoot),
  ])
  return {
    database,
    jobs: { enabled: jobsEnabled(), lastScheduledAt },
    live,
    lastBuild,
    disk: { dataDir: dataDisk, siteRoot: siteDisk },
  }
}

/** The live build when SITE_ROOT/live holds a site, with its record when the database has it. */
async function liveFact(payload: Payload, siteRoot: string, databaseOk: boolean): Promise<HealthFacts['live']> {
  const buildId = liveBuildId(siteRoot)
  if (!buildId || !fs.existsSync(path.join(liveLink(siteRoot), 'index.html'))) return null
  if (!databaseOk) return { buildId, record: null }
  try {
    const { docs } = await payload.find({
      collection: 'site-builds',
      where: { buildId: { equals: buildId } },
      limit: 1,
      depth: 0,
      pagination: false,
      select: buildFields,
      overrideAccess: true,
    })
    return { buildId, record: docs[0] ? buildFact(docs[0]) : null }
  } catch {
    return { buildId, record: null }
  }
}

/**
 * The newest run the job scheduler recorded for any of its tasks: Payload keeps
 * stats.scheduledRuns.queues.<queue>.{tasks,workflows}.<slug>.lastScheduledRun.
 */
async function lastScheduledRun(payload: Payload): Promise<string | null> {
  try {
    const global = await payload.findGlobal({ slug: 'payload-jobs-stats', depth: 0, overrideAccess: true })
    const queues = (global.stats as { scheduledRuns?: { queues?: Record<string, unknown> } } | null)?.scheduledRuns?.queues ?? {}
    const runs = Object.values(queues).flatMap((queue) => {
      const { tasks = {}, workflows = {} } = (queue ?? {}) as Record<string, Record<string, { lastScheduledRun?: unknown }> | undefined>
      return [...Object.values(tasks), ...Object.values(workflows)].map((entry) => entry?.lastScheduledRun)
    })
    const times = runs.filter((run): run is string => typeof run === 'string' && !Number.isNaN(Date.parse(run)))
    return times.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null
  } catch {
    return null
  }
}

async function freeSpace(dir: string): Promise<DiskFact> {
  try {
    const stats = await fs.promises.statfs(dir)
    return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize }
  } catch {
    return null
  }
}
