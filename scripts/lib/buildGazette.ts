/**
 * npm run build: prepare the database, then build the gazette the one way every build is
 * made (cms/publishing/buildSite.ts: export → site generator and search index → verify),
 * into DIST_DIR with its snapshot in SNAPSHOT_DIR; the last build is where the next starts
 * from (cms/publishing/buildInPlace.ts).
 */
import { buildInPlace } from '../../cms/publishing/buildInPlace'
import { pipelineSettings } from '../../core/settings'
import { closeGazettePayload, gazettePayload } from './payload'
import { prepareDatabase } from './prepareDatabase'

export type GazetteBuildTimings = { prepare: number; export: number; site: number; verify: number; documents: number }

export async function buildGazette(log: (line: string) => void = console.log): Promise<GazetteBuildTimings> {
  const settings = pipelineSettings()
  const started = Date.now()
  const payload = await gazettePayload()
  try {
    await prepareDatabase(payload, log)
    const prepare = Date.now() - started
    const built = await buildInPlace(payload, settings, log)
    log(`公报网站已生成：${settings.distDir}`)
    const { exportMs, siteMs, verifyMs } = built.timings
    return { prepare, export: Math.round(exportMs), site: Math.round(siteMs), verify: Math.round(verifyMs), documents: built.documents }
  } finally {
    await closeGazettePayload()
  }
}
