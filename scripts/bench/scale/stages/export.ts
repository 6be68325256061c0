/** Stage: the public snapshot exported from the loaded database, as `npm run export` does. */
import { pipelineSettings } from '../../../../core/settings'
import { exportSnapshot } from '../../../../cms/export/exportSnapshot'
import { closeGazettePayload, gazettePayload } from '../../../lib/payload'
import { writeStageResult } from '../stageResult'

const settings = pipelineSettings()
let started = performance.now()
const payload = await gazettePayload()
const initMs = performance.now() - started

started = performance.now()
const exported = await exportSnapshot(payload, {
  outDir: settings.snapshotDir,
  gazetteName: settings.gazetteName,
  timeZone: settings.timeZone,
  asOf: settings.asOf,
})
writeStageResult({
  initMs,
  exportMs: performance.now() - started,
  documents: exported.documents,
  interpretations: exported.interpretations,
})
await closeGazettePayload()
process.exit(0)
