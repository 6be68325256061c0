/**
 * npm run export: write the public snapshot only (no site build).
 * `npm run export -- --incremental` builds on the snapshot already there (see
 * ExportOptions.previous): only what changed since is converted again.
 * `npm run build` exports as part of its build (cms/publishing/buildSite.ts); a snapshot
 * written here is no longer the one DIST_DIR was built from, so its stamp goes
 * (the next `npm run build` is then full).
 */
import { stampSnapshot } from '../cms/publishing/keptSnapshots'
import { exportSnapshot } from '../cms/export/exportSnapshot'
import { closeGazettePayload, gazettePayload } from './lib/payload'
import { pipelineSettings } from '../core/settings'

const settings = pipelineSettings()
const incremental = process.argv.includes('--incremental')
const payload = await gazettePayload()
try {
  stampSnapshot(settings.snapshotDir, false)
  const result = await exportSnapshot(payload, {
    outDir: settings.snapshotDir,
    gazetteName: settings.gazetteName,
    timeZone: settings.timeZone,
    asOf: settings.asOf,
    ...(incremental ? { previous: settings.snapshotDir } : {}),
  })
  console.log(`已导出 ${result.documents} 篇文件、${result.files} 个附件 → ${result.outDir}`)
  if (incremental) {
    const { documents, interpretations, filesLinked } = result.incremental
    console.log(
      `增量导出：重新转换 ${documents.reexported.length} 篇文件、${interpretations.reexported.length} 篇解读，沿用 ${documents.reused} 篇文件、${interpretations.reused} 篇解读和 ${filesLinked} 个附件`,
    )
  }
} finally {
  await closeGazettePayload()
}
process.exit(0)
