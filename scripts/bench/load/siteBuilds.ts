/**
 * The site builds publications queued in the CMS (its build job checks the queue every
 * five seconds and coalesces bursts), read over REST as the admin's 网站构建 list reads
 * them: after a round, wait until none is queued or running, then say which ran since
 * the round began, how they ended and how long each took.
 */
import type { BuildFigures } from './types'

type BuildRecord = { status: string; durationMs?: number | null; createdAt: string }

export async function awaitSiteBuilds(baseUrl: string, token: string, since: Date, limitMs: number): Promise<BuildFigures> {
  const started = performance.now()
  let builds = await buildsSince(baseUrl, token, since)
  while (builds.some(busy) && performance.now() - started < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, 2000))
    builds = await buildsSince(baseUrl, token, since)
  }
  const byStatus: Record<string, number> = {}
  for (const build of builds) byStatus[build.status] = (byStatus[build.status] ?? 0) + 1
  return {
    count: builds.length,
    byStatus,
    durationsMs: builds.flatMap((build) => (typeof build.durationMs === 'number' ? [build.durationMs] : [])),
    stillBusy: builds.some(busy),
    drainMs: performance.now() - started,
  }
}

const busy = (build: BuildRecord) => build.status === 'queued' || build.status === 'running'

async function buildsSince(baseUrl: string, token: string, since: Date): Promise<BuildRecord[]> {
  const query = `where[createdAt][greater_than_equal]=${encodeURIComponent(since.toISOString())}&sort=createdAt&limit=100&depth=0`
  const response = await fetch(`${baseUrl}/api/site-builds?${query}`, { headers: { Authorization: `JWT ${token}` } })
  if (!response.ok) throw new Error(`读取网站构建记录失败（HTTP ${response.status}）`)
  return ((await response.json()) as { docs: BuildRecord[] }).docs
}
