/** The knobs of the publishing pipeline, all from the environment (see README). */
import path from 'node:path'

import { DEFAULT_TIME_ZONE } from './calendar/calendarDate'
import { dataDir, repoRoot } from './paths'

export type PipelineSettings = {
  snapshotDir: string
  distDir: string
  gazetteName: string
  timeZone: string
  /** GAZETTE_AS_OF: build as if today were this day (YYYY-MM-DD); statuses are computed for it. */
  asOf: string | undefined
  /** SITE_ROOT: where published builds live (builds/<id>/) and the live link points. */
  siteRoot: string
  /** KEEP_BUILDS: how many successful builds are kept for rollback. */
  keepBuilds: number
  /** DEPLOY_COMMAND: run after each switch with SITE_DIR set to the live folder (e.g. an rsync). */
  deployCommand: string | undefined
  /** SITE_BUILD_COMMAND: replaces `astro build` (the command gets SNAPSHOT_DIR, DIST_DIR and PREVIOUS_BUILD). */
  siteBuildCommand: string | undefined
  /** INCREMENTAL_BUILD=off: every build renders and indexes everything (default on: start from the live build). */
  incremental: boolean
}

/** GAZETTE_TIMEZONE: the zone whose calendar dates the gazette's days (default Asia/Shanghai). */
export function gazetteTimeZone(env: Record<string, string | undefined> = process.env): string {
  return env.GAZETTE_TIMEZONE ?? DEFAULT_TIME_ZONE
}

export function pipelineSettings(env: Record<string, string | undefined> = process.env): PipelineSettings {
  return {
    snapshotDir: path.resolve(repoRoot, env.SNAPSHOT_DIR ?? 'content/snapshot'),
    distDir: path.resolve(repoRoot, env.DIST_DIR ?? 'dist'),
    gazetteName: env.GAZETTE_NAME ?? '政府公报（示例）',
    timeZone: gazetteTimeZone(env),
    asOf: env.GAZETTE_AS_OF || undefined,
    siteRoot: path.resolve(repoRoot, env.SITE_ROOT ?? path.join(dataDir(), 'site')),
    keepBuilds: Math.max(1, Number(env.KEEP_BUILDS ?? 5) || 5),
    deployCommand: env.DEPLOY_COMMAND || undefined,
    siteBuildCommand: env.SITE_BUILD_COMMAND || undefined,
    incremental: env.INCREMENTAL_BUILD !== 'off',
  }
}
