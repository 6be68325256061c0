/**
 * Run by test/int/backup.test.ts in a child process (Payload is a singleton per process):
 * starts the CMS on a restored data folder (DATA_DIR, SITE_ROOT from the environment),
 * runs one site build through the real pipeline and prints its outcome as JSON.
 */
import { requestSiteBuild } from '../../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../../cms/publishing/runSiteBuild'
import { closeGazettePayload, gazettePayload } from '../../../scripts/lib/payload'

const payload = await gazettePayload()
try {
  const documents = await payload.count({ collection: 'documents' })
  await requestSiteBuild(payload, '恢复后构建')
  const outcome = await runNextSiteBuild(payload)
  const record = outcome ? await payload.findByID({ collection: 'site-builds', id: outcome.id }) : null
  console.log(
    'RESULT ' +
      JSON.stringify({
        status: outcome?.status ?? null,
        documents: documents.totalDocs,
        log: outcome?.status === 'succeeded' ? '' : record?.log,
      }),
  )
} finally {
  await closeGazettePayload()
}
process.exit(0)
