/**
 * Run in a child process by test/int/logFormat.test.ts, with LOG_FORMAT=json: a gazette on
 * a fresh database, a withdrawal by a publisher through the REST API and a failed site
 * build, so that the test reads the CMS's log lines from this process's standard output.
 */
import { requestSiteBuild } from '../../../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../../../cms/publishing/runSiteBuild'
import { pipelineSettings } from '../../../core/settings'
import { seedSamples } from '../../../scripts/lib/seedSamples'
import { call, signIn } from './reviewFlow'
import { startTempGazette } from './tempGazette'

const gazette = await startTempGazette()
try {
  await seedSamples(gazette.payload)
  const publisher = await signIn(gazette, 'publisher@example.gov.cn', ['publisher'])
  const { docs } = await gazette.payload.find({ collection: 'documents', limit: 1, depth: 0, sort: 'id' })
  const withdrawal = await call(gazette, publisher, 'PATCH', `/api/documents/${docs[0]?.id}?draft=true`, {
    workflowAction: 'withdraw',
    workflowReason: '日志测试：撤回',
  })
  if (withdrawal.status !== 200) throw new Error(`withdrawal refused: ${await withdrawal.text()}`)
  await requestSiteBuild(gazette.payload, '日志测试')
  await runNextSiteBuild(gazette.payload, { ...pipelineSettings(), siteBuildCommand: 'exit 3' })
} finally {
  await gazette.cleanup()
}
