/** npm run export: write the public snapshot only (no site build). */
import { exportSnapshot } from '../cms/snapshot/exportSnapshot'
import { closeGazettePayload, gazettePayload } from './lib/payload'
import { pipelineSettings } from '../cms/publishing/settings'

const settings = pipelineSettings()
const payload = await gazettePayload()
try {
  const result = await exportSnapshot(payload, {
    outDir: settings.snapshotDir,
    gazetteName: settings.gazetteName,
    timeZone: settings.timeZone,
    asOf: settings.asOf,
  })
  console.log(`已导出 ${result.documents} 篇文件、${result.files} 个附件 → ${result.outDir}`)
} finally {
  await closeGazettePayload()
}
process.exit(0)
