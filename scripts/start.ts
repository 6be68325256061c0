/**
 * npm start, the main job: prepare the database (migrations, sample content, first
 * admin), build the gazette through the publishing pipeline (SITE_ROOT/live) and serve
 * it at http://HOST:SITE_PORT/ as soon as it exists, build the admin once, then serve
 * the CMS at http://HOST:PORT/admin and close with one summary of the addresses and the
 * sign-in. From then on the CMS rebuilds the gazette itself whenever something public
 * changes, switching the served folder atomically (the server follows the live link).
 * A CMS that would listen on a network address without SERVER_URL, an unusable
 * GAZETTE_EMBLEM, signing certificate (SIGNING_CERTIFICATE), site key (SITE_SIGNING_KEY) or list of
 * document kinds (DOCUMENT_KINDS_FILE) and a taken port are
 * refused before anything is prepared; a database migrated by a newer release is refused
 * before anything is written to it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { UnsafeAdminAddressError, adminOrigins, defaultAdminHost, defaultAdminPort } from '../cms/auth/adminOrigins'
import { EmblemSettingError, emblemFile } from '../cms/components/brand/emblem'
import { DocumentKindsSettingError, readDocumentKinds } from '../core/documents/documentKindsFile'
import { dataDir, repoRoot } from '../core/paths'
import { liveLink } from '../cms/publishing/liveSite'
import { NewerDatabaseError } from '../cms/newerDatabase'
import { recoverInterruptedBuilds } from '../cms/publishing/recoverBuilds'
import { requestSiteBuild } from '../cms/publishing/requestSiteBuild'
import { runNextSiteBuild } from '../cms/publishing/runSiteBuild'
import { pipelineSettings } from '../core/settings'
import { SigningCertificateError, signingCertificate } from '../cms/signing/pdfCertificate'
import { siteKeyProblem } from '../cms/signing/siteKey'
import { buildAdmin } from './lib/adminBuild'
import { elapsed } from './lib/elapsed'
import { bareHost, httpOrigin, reachableHost, waitForHttp } from './lib/httpAddress'
import { closeGazettePayload, gazettePayload } from './lib/payload'
import { portAvailable } from './lib/portCheck'
import { prepareDatabase } from './lib/prepareDatabase'
import { readyBanner } from './lib/readyBanner'
import { signInNotice } from './lib/signInNotice'
import { type StaticServer, startStaticServer } from './lib/staticServer'

const started = Date.now()
const host = process.env.HOST || defaultAdminHost
const port = process.env.PORT || defaultAdminPort
const sitePort = Number(process.env.SITE_PORT ?? 4321)

function refuse(message: string): never {
  console.error(message)
  process.exit(1)
}

try {
  adminOrigins({ serverUrl: process.env.SERVER_URL, host, port })
  emblemFile()
  readDocumentKinds()
  await signingCertificate()
} catch (error) {
  if (!(
    error instanceof UnsafeAdminAddressError ||
    error instanceof EmblemSettingError ||
    error instanceof DocumentKindsSettingError ||
    error instanceof SigningCertificateError
  ))
    throw error
  refuse(error.message)
}
const keyProblem = siteKeyProblem()
if (keyProblem) refuse(keyProblem)
for (const [taken, variable, what] of [
  [Number(port), 'PORT', '管理后台'],
  [sitePort, 'SITE_PORT', '公报网站'],
] as const) {
  if (!(await portAvailable(taken, bareHost(host))))
    refuse(`端口 ${taken}（${what}）已被占用：请先停止占用它的程序，或用 ${variable} 另选端口。`)
}

// HOST and PORT passed on so that the admin's config derives its own origins from what it listens on.
const productionEnv = { ...process.env, HOST: host, PORT: port, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' }
const settings = pipelineSettings()
const siteUrl = `${httpOrigin(host, sitePort)}/`
const adminUrl = process.env.SERVER_URL ? `${process.env.SERVER_URL.replace(/\/+$/, '')}/admin` : `${httpOrigin(host, port)}/admin`

// The server reads through the live link at each request, so it serves every later build as soon as it is switched live.
let site: StaticServer | undefined
async function serveSite(): Promise<void> {
  site = await startStaticServer(liveLink(settings.siteRoot), sitePort, bareHost(host))
  await waitForHttp(`${httpOrigin(reachableHost(host), sitePort)}/`, 30_000)
}

// A later start serves the gazette it built last time straight away, while it brings it up to date.
if (fs.existsSync(path.join(liveLink(settings.siteRoot), 'index.html'))) {
  await serveSite()
  console.log(`公报网站已可访问：${siteUrl}（上次生成的版本，正在更新）`)
}

// A database a newer release migrated is refused before anything is written to it (cms/newerDatabase.ts).
const payload = await gazettePayload().catch((error: unknown) => {
  if (error instanceof NewerDatabaseError) refuse(error.message)
  throw error
})
const firstAdmin = await prepareDatabase(payload, console.log, { passwordLater: true })
console.log('正在生成公报网站…')
// A build the last run was killed in is settled first (completed if it went live, else retried), so that this start's build joins its retry.
await recoverInterruptedBuilds(payload)
await requestSiteBuild(payload, '启动')
const outcome = await runNextSiteBuild(payload, settings)
if (outcome?.status === 'failed') {
  const record = await payload.findByID({ collection: 'site-builds', id: outcome.id })
  console.error(record.log)
  refuse('公报网站构建失败，见上面的日志。')
}
const signIn = await signInNotice(payload, firstAdmin)
await closeGazettePayload()
if (site) {
  console.log(`公报网站已更新（用时 ${elapsed(started)}）`)
} else {
  await serveSite()
  console.log(`公报网站已可访问：${siteUrl}（用时 ${elapsed(started)}；管理后台还在准备）`)
}

const adminBuilt = fs.existsSync(path.join(repoRoot, 'cms', '.next', 'BUILD_ID'))
if (!adminBuilt || process.env.REBUILD_ADMIN === '1') {
  console.log('正在构建管理后台（首次需要几分钟；公报网站照常可访问）…')
  await buildAdmin(productionEnv, path.join(dataDir(), 'logs', 'admin-build.log')).catch(() => process.exit(1))
}

console.log('正在启动管理后台…')
const admin = spawn(path.join(repoRoot, 'node_modules', '.bin', 'next'), ['start', 'cms', '-p', port, '-H', host], {
  cwd: repoRoot,
  env: productionEnv,
  stdio: ['ignore', 'pipe', 'pipe'],
})
// Until the summary is printed the admin's output is held back, so that the summary comes
// in one piece; afterwards it is passed through (errors, the CMS's own site builds).
let held: string[] | null = []
admin.stdout.on('data', (chunk: Buffer) => (held ? held.push(String(chunk)) : process.stdout.write(chunk)))
admin.stderr.on('data', (chunk: Buffer) => (held ? held.push(String(chunk)) : process.stderr.write(chunk)))

// Ctrl+C (or a failure) stops the admin; its exit ends npm start.
let exitCode: number | null = null
function stop(code: number): void {
  exitCode ??= code
  admin.kill('SIGTERM')
}
admin.on('exit', (code, signal) => {
  // Ctrl+C in a terminal reaches the admin too, perhaps before our own handler.
  if (signal === 'SIGINT' || signal === 'SIGTERM') exitCode ??= 0
  if (exitCode === null) {
    if (held) process.stderr.write(held.join(''))
    console.error(`管理后台已退出（exit ${code ?? signal}）`)
  }
  const status = exitCode ?? code ?? 1
  // A browser's open connection would keep the gazette's server from closing.
  setTimeout(() => process.exit(status), 2000).unref()
  void (site?.close() ?? Promise.resolve()).then(() => process.exit(status))
})
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

// The first request also starts Payload in the admin, which the first user would otherwise wait for.
const adminAnswers = await waitForHttp(`${httpOrigin(reachableHost(host), port)}/admin/login`, 300_000, () => admin.exitCode === null).then(
  () => true,
  (error: Error) => {
    // An admin that exited has been reported by its exit handler.
    if (admin.exitCode === null && exitCode === null) {
      console.error((held ?? []).join(''))
      console.error(`管理后台没有应答：${error.message}`)
      stop(1)
    }
    return false
  },
)
if (adminAnswers) {
  // Next's own start-up lines name the bare origin, not /admin, and Payload's warning about
  // e-mail was given once already; anything else the admin said comes before the summary.
  const nextBanner =
    /^\s*(▲ Next\.js|- Local:|- Network:|- Environments?:|✓ Starting|✓ Ready|✓ Running next\.config|$)|No email adapter provided/
  const said = (held ?? [])
    .join('')
    .split('\n')
    .filter((line) => !nextBanner.test(line))
  held = null
  if (said.length > 0) console.log(said.join('\n'))
  console.log(
    readyBanner({
      gazetteName: settings.gazetteName,
      took: elapsed(started),
      siteUrl,
      adminUrl,
      listening: process.env.SERVER_URL ? `${host}:${port}` : undefined,
      signIn,
    }),
  )
}
