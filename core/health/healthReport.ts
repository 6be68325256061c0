/**
 * What /api/health tells a monitor, from facts the CMS gathered: whether the database
 * answered, whether the job runner is on and when its scheduler last ran, the live site's
 * build and the last build with their ages, and the free space where the CMS writes. It
 * says nothing that is not public: no titles, no people, no paths, no settings. The CMS
 * is down (HTTP 503) when the database does not answer or no site is live; a failed last
 * build leaves the live site serving and is reported without failing the check.
 */

/** A site build as the monitor sees it. */
export type BuildFact = {
  /** The build record's id. */
  id: number | string
  /** The build's folder name under SITE_ROOT/builds/ (null while it is queued). */
  buildId: string | null
  status: string
  finishedAt: string | null
}

export type DiskFact = { freeBytes: number; totalBytes: number } | null

export type HealthFacts = {
  database: { ok: true; ms: number } | { ok: false }
  jobs: { enabled: boolean; lastScheduledAt: string | null }
  /** The build SITE_ROOT/live points to, when it holds a site; its record when there is one. */
  live: { buildId: string; record: BuildFact | null } | null
  /** The newest build record, whatever its status. */
  lastBuild: BuildFact | null
  disk: { dataDir: DiskFact; siteRoot: DiskFact }
}

export type HealthProblem = 'database-unreachable' | 'live-site-missing' | 'last-build-failed'

export type HealthReport = {
  status: 'ok' | 'degraded' | 'down'
  problems: HealthProblem[]
  checkedAt: string
  database: { ok: boolean; ms: number | null }
  jobs: { enabled: boolean; lastScheduledAt: string | null; secondsSinceLastScheduled: number | null }
  site: {
    live: { buildId: string; finishedAt: string | null; ageSeconds: number | null } | null
    lastBuild: (BuildFact & { ageSeconds: number | null }) | null
  }
  disk: { dataDir: DiskFact; siteRoot: DiskFact }
}

/** Whole seconds from `since` to `now`; null without a time. */
export function secondsSince(since: string | null | undefined, now: Date): number | null {
  if (!since) return null
  const then = Date.parse(since)
  return Number.isNaN(then) ? null : Math.max(0, Math.floor((now.getTime() - then) / 1000))
}

export function healthReport(facts: HealthFacts, now: Date): { httpStatus: 200 | 503; report: HealthReport } {
  const problems: HealthProblem[] = []
  if (!facts.database.ok) problems.push('database-unreachable')
  if (!facts.live) problems.push('live-site-missing')
  if (facts.lastBuild?.status === 'failed') problems.push('last-build-failed')
  const down = problems.includes('database-unreachable') || problems.includes('live-site-missing')
  const liveFinished = facts.live?.record?.finishedAt ?? null
  const report: HealthReport = {
    status: down ? 'down' : problems.length > 0 ? 'degraded' : 'ok',
    problems,
    checkedAt: now.toISOString(),
    database: { ok: facts.database.ok, ms: facts.database.ok ? facts.database.ms : null },
    jobs: {
      enabled: facts.jobs.enabled,
      lastScheduledAt: facts.jobs.lastScheduledAt,
      secondsSinceLastScheduled: secondsSince(facts.jobs.lastScheduledAt, now),
    },
    site: {
      live: facts.live ? { buildId: facts.live.buildId, finishedAt: liveFinished, ageSeconds: secondsSince(liveFinished, now) } : null,
      lastBuild: facts.lastBuild ? { ...facts.lastBuild, ageSeconds: secondsSince(facts.lastBuild.finishedAt, now) } : null,
    },
    disk: facts.disk,
  }
  return { httpStatus: down ? 503 : 200, report }
}
