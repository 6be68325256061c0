/**
 * The publishing pipeline, one way: database → public snapshot → Astro build →
 * Pagefind index (an Astro integration) → static files in DIST_DIR.
 */
import { exportSnapshot } from '../../cms/snapshot/exportSnapshot'
import { closeGazettePayload, gazettePayload } from './payload'
import { prepareDatabase } from './prepareDatabase'
import { runBin } from './runCommand'
import { pipelineSettings } from '../../core/settings'

export type BuildTimings = { prepare: number; export: number; site: number; documents: number }

export async function buildGazette(log: (line: string) => void = console.log): Promise<BuildTimings> {
  const settings = pipelineSettings()
  let started = Date.now()
  const payload = await gazettePayload()
  await prepareDatabase(payload, log)
  const prepare = Date.now() - started

  started = Date.now()
  const exported = await exportSnapshot(payload, {
    outDir: settings.snapshotDir,
    gazetteName: settings.gazetteName,
    timeZone: settings.timeZone,
    asOf: settings.asOf,
  })
  await closeGazettePayload()
  const exportTime = Date.now() - started
  log(`已导出公开快照：${exported.documents} 篇文件，${exported.files} 个附件 → ${exported.outDir}`)

  started = Date.now()
  await runBin('astro', ['build'], {
    ...process.env,
    SNAPSHOT_DIR: settings.snapshotDir,
    DIST_DIR: settings.distDir,
  })
  const site = Date.now() - started
  log(`公报网站已生成：${settings.distDir}`)
  return { prepare, export: exportTime, site, documents: exported.documents }
}
