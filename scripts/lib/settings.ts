/** The knobs of the publishing pipeline, all from the environment (see README). */
import path from 'node:path'

import { repoRoot } from '../../cms/paths'

export type PipelineSettings = {
  snapshotDir: string
  distDir: string
  gazetteName: string
  timeZone: string
  /** GAZETTE_AS_OF: build as if today were this day (YYYY-MM-DD); statuses are computed for it. */
  asOf: string | undefined
}

export function pipelineSettings(env: NodeJS.ProcessEnv = process.env): PipelineSettings {
  return {
    snapshotDir: path.resolve(repoRoot, env.SNAPSHOT_DIR ?? 'content/snapshot'),
    distDir: path.resolve(repoRoot, env.DIST_DIR ?? 'dist'),
    gazetteName: env.GAZETTE_NAME ?? '政府公报（示例）',
    timeZone: env.GAZETTE_TIMEZONE ?? 'Asia/Shanghai',
    asOf: env.GAZETTE_AS_OF || undefined,
  }
}
