/**
 * npm start, the main job: prepare the database (migrations, sample content, first
 * admin), build the gazette through the publishing pipeline (SITE_ROOT/live), build the
 * admin once, then serve both: the CMS at http://HOST:PORT/admin and the gazette at
 * http://HOST:SITE_PORT/. From then on the CMS rebuilds the gazette itself whenever
 * something public changes, switching the served folder atomically. A CMS that would
 * listen on a network address without SERVER_URL is refused before anything is prepared
 * (cms/auth/adminOrigins.ts).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { UnsafeAdminAddressError, adminOrigins, defaultAdminHost, defaultAdminPort } from '../cms/auth/adminOrigins'
import { repoRoot } from '../cms/paths'
import { liveLink } from '../cms/publishing/liveSite'
import { requestSiteBuild } from '../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../cms/publishing/runSiteBuild'
import { closeGazettePayload, gazettePayload } from './lib/payload'
import { prepareDatabase } from './lib/prepareDatabase'
import { runBin } from './lib/runCommand'
import { pipelineSettings } from '../cms/publishing/settings'
import { startStaticServer } from './lib/staticServer'

const host = process.env.HOST || defaultAdminHost
const port = process.env.PORT || defaultAdminPort
try {
  adminOrigins({ serverUrl: process.env.SERVER_URL, host, port })
} catch (error) {
  if (!(error instanceof UnsafeAdminAddressError)) throw error
  console.error(error.message)
  process.exit(1)
}
const sitePort = Number(process.env.SITE_PORT ?? 4321)
// HOST and PORT passed on so that the admin's config derives its own origins from what it listens on.
const productionEnv = { ...process.env, HOST: host, PORT: port, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' }

const settings = pipelineSettings()
const payload = await gazettePayload()
await prepareDatabase(payload)
await requestSiteBuild(payload, '启动')
const outcome = await runNextSiteBuild(payload, settings)
if (outcome?.status === 'failed') {
  const record = await payload.findByID({ collection: 'site-builds', id: outcome.id })
  console.error(record.log)
  console.error('公报网站构建失败，见上面的日志。')
  process.exit(1)
}
await closeGazettePayload()
console.log(`公报网站已上线：${fs.realpathSync(liveLink(settings.siteRoot))}`)

const adminBuilt = fs.existsSync(path.join(repoRoot, 'cms', '.next', 'BUILD_ID'))
if (!adminBuilt || process.env.REBUILD_ADMIN === '1') {
  console.log('正在构建管理后台（首次约需一两分钟）…')
  // The import map names the admin's client components (the rich-text editor among them).
  await runBin('payload', ['generate:importmap'], productionEnv)
  await runBin('next', ['build', 'cms'], productionEnv)
}

const site = await startStaticServer(liveLink(settings.siteRoot), sitePort, host)
const admin = spawn(path.join(repoRoot, 'node_modules', '.bin', 'next'), ['start', 'cms', '-p', port, '-H', host], {
  cwd: repoRoot,
  env: productionEnv,
  stdio: 'inherit',
})
console.log(`管理后台：http://${host}:${port}/admin`)
console.log(`公报网站：${site.url}/`)

const stop = () => {
  admin.kill('SIGTERM')
  void site.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
admin.on('exit', (code) => {
  console.error(`管理后台已退出（exit ${code}）`)
  void site.close().then(() => process.exit(code ?? 1))
})
