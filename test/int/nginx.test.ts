/**
 * The production web server, tested: Debian's nginx runs the repository's configuration
 * (deploy/nginx/gongbao.conf, rendered by deploy/nginx/render.sh exactly as
 * docs/production.md says) as the current user on 127.0.0.1, with TLS from a certificate
 * made here with openssl, serving real Astro builds of the fixture snapshot from a
 * SITE_ROOT whose live link the real switch (cms/publishing/liveSite.ts) moves. Checked:
 * the security headers and a CSP that every inline script of the build passes, the site's
 * own 404 page, gzip and brotli, Pagefind's files and types, uploads' types and
 * disposition, caching, the redirect to HTTPS, the admin's origin proxied to the CMS with
 * X-Forwarded-For, a new build served after a switch without a reload; and, in Debian's
 * Chromium, pages and a search that run under the CSP without one violation.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import path from 'node:path'
import tls from 'node:tls'
import zlib from 'node:zlib'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { switchLive } from '../../cms/publishing/liveSite'
import { launchChromium } from '../../cms/print/chromium'
import { acceptedExtensions, servedUpload } from '../../core/uploads/uploadTypes'
import { buildSite, repoRoot, repoTempDir } from './helpers/leakSite'
import { minimalWordFile } from './helpers/uploadSamples'
import { freePorts } from '../../scripts/lib/portCheck'

const NGINX = '/usr/sbin/nginx'
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'
const SITE_HOST = '127.0.0.1'
const ADMIN_HOST = 'localhost'
const DOCUMENT = '2022-0018'
const WORD_ATTACHMENT = `/files/${DOCUMENT}/重点任务分工表.docx`
const PDF_ATTACHMENT = `/files/${DOCUMENT}/重点任务分工.pdf`

let work: string
let siteRoot: string
let ports: { http: number; https: number; cms: number }
let nginx: ChildProcess
let cms: http.Server
let titles: { a: string; b: string }
let browser: Browser | undefined

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** One request as a client sends it, the path as written; TLS is trusted whatever the certificate. */
function request(
  urlPath: string,
  { host = SITE_HOST, headers = {}, plain = false }: { host?: string; headers?: Record<string, string>; plain?: boolean } = {},
): Promise<Reply> {
  const port = plain ? ports.http : ports.https
  return new Promise((resolve, reject) => {
    const options = { hostname: '127.0.0.1', port, path: urlPath, agent: false, headers: { Host: `${host}:${port}`, ...headers } }
    const done = (response: http.IncomingMessage) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
    }
    const sent = plain
      ? http.get(options, done)
      : https.get({ ...options, servername: host === SITE_HOST ? undefined : host, rejectUnauthorized: false }, done)
    sent.on('error', reject)
  })
}

const header = (reply: Reply, name: string) => reply.headers[name] as string | undefined
const built = (build: 'a' | 'b', relative: string) => fs.readFileSync(path.join(siteRoot, 'builds', build, relative))

/** The fixture snapshot with one Word attachment more, and the document's title as given. */
function snapshotWith(dir: string, title: string): string {
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'snapshot'), dir, { recursive: true })
  const word = minimalWordFile()
  fs.writeFileSync(path.join(dir, WORD_ATTACHMENT.slice(1)), word)
  const file = path.join(dir, 'documents', `${DOCUMENT}.json`)
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { title: string; attachments: unknown[] }
  document.title = title
  document.attachments.push({
    title: '附件2：重点任务分工表',
    url: WORD_ATTACHMENT,
    filename: path.basename(WORD_ATTACHMENT),
    mimeType: servedUpload(WORD_ATTACHMENT).contentType,
    bytes: word.length,
  })
  fs.writeFileSync(file, JSON.stringify(document))
  const manifestFile = path.join(dir, 'manifest.json')
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { documents: Array<{ id: string; title: string }> }
  for (const entry of manifest.documents) if (entry.id === DOCUMENT) entry.title = title
  fs.writeFileSync(manifestFile, JSON.stringify(manifest))
  return dir
}

/** deploy/nginx/render.sh, as docs/production.md runs it, with this test's values. */
function renderConfig(prefix: string): string {
  const rendered = spawnSync('sh', [path.join(repoRoot, 'deploy', 'nginx', 'render.sh')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      SERVER_NAME: SITE_HOST,
      ADMIN_SERVER_NAME: ADMIN_HOST,
      SITE_ROOT: siteRoot,
      CMS_PORT: String(ports.cms),
      SITE_CERT: path.join(prefix, 'tls.crt'),
      SITE_KEY: path.join(prefix, 'tls.key'),
      ADMIN_CERT: path.join(prefix, 'tls.crt'),
      ADMIN_KEY: path.join(prefix, 'tls.key'),
      HTTP_LISTEN: `127.0.0.1:${ports.http}`,
      HTTPS_LISTEN: `127.0.0.1:${ports.https}`,
      LOG_DIR: path.join(prefix, 'logs'),
    },
  })
  if (rendered.status !== 0) throw new Error(`render.sh failed: ${rendered.stderr}`)
  return rendered.stdout
}

/**
 * What Debian's /etc/nginx/nginx.conf gives the site's file (modules-enabled, mime.types,
 * gzip on, the file included in http {}), with everything written kept in the prefix.
 */
function mainConfig(prefix: string, siteConfig: string): string {
  const root = process.getuid?.() === 0
  return [
    // Workers run as the user who started nginx (root here only when the tests run as root).
    root ? 'user root root;' : '',
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'logs', 'error.log')};`,
    `load_module ${BROTLI_MODULE};`,
    'events { worker_connections 256; }',
    'http {',
    '  sendfile on;',
    '  tcp_nopush on;',
    '  types_hash_max_size 2048;',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${path.join(prefix, 'logs', 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${path.join(prefix, 'temp', kind)};`),
    '  gzip on;',
    `  include ${siteConfig};`,
    '}',
    '',
  ].join('\n')
}

/**
 * Waits until nginx answers a TLS handshake on the HTTPS port. A bare TCP connect is not
 * enough: had another process taken the port, it would accept the connection while nginx
 * failed to bind.
 */
async function waitForNginx(port: number, exited: () => string | null): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const failure = exited()
    if (failure !== null) throw new Error(`nginx exited: ${failure}`)
    const ready = await new Promise<boolean>((resolve) => {
      const socket = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`nginx did not answer TLS on ${port}`)
}

/**
 * Starts nginx on fresh ports. Tests run in parallel start servers of their own, so a port
 * found free can be taken before nginx binds it; then nginx exits "Address already in use"
 * and is started again on other ports.
 */
async function startNginx(prefix: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const [plainPort, tlsPort] = await freePorts(2)
    ports = { ...ports, http: plainPort as number, https: tlsPort as number }
    fs.writeFileSync(path.join(prefix, 'gongbao.conf'), renderConfig(prefix))
    fs.writeFileSync(path.join(prefix, 'nginx.conf'), mainConfig(prefix, path.join(prefix, 'gongbao.conf')))
    const errorLog = path.join(prefix, 'logs', 'error.log')
    nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', errorLog, '-g', 'daemon off;'], { stdio: 'pipe' })
    let output = ''
    nginx.stderr?.on('data', (chunk: Buffer) => (output += String(chunk)))
    try {
      await waitForNginx(ports.https, () => (nginx.exitCode === null ? null : `${nginx.exitCode}: ${output}`))
      return
    } catch (error) {
      stopNginx()
      if (attempt >= 3 || !/Address already in use/.test(String(error))) throw error
    }
  }
}

function stopNginx(): void {
  if (nginx && nginx.exitCode === null) nginx.kill('SIGQUIT')
}

beforeAll(async () => {
  for (const [file, what] of [
    [NGINX, 'nginx'],
    [BROTLI_MODULE, 'libnginx-mod-http-brotli-filter'],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: apt-get install ${what} (scripts/setup.sh installs it)`)
  }
  // Inside the repository: Astro moves files with rename(), which fails across filesystems.
  work = repoTempDir('nginx')
  siteRoot = path.join(work, 'site')
  titles = { a: '运城市2022年政务公开工作要点（第一版）', b: '运城市2022年政务公开工作要点（第二版）' }
  for (const build of ['a', 'b'] as const) {
    const snapshot = snapshotWith(path.join(work, `snapshot-${build}`), titles[build])
    await buildSite(snapshot, path.join(siteRoot, 'builds', build))
  }
  // Uploads of every accepted type, and some a browser would run, as an older database or
  // another route could leave them (the site's verification refuses such files; nginx is the last line).
  const planted = path.join(siteRoot, 'builds', 'a', 'files', 'planted')
  fs.mkdirSync(planted, { recursive: true })
  for (const extension of [...acceptedExtensions, '.html', '.svg', '.xml', '.js', '.PDF']) {
    fs.writeFileSync(path.join(planted, `sample${extension}`), '<script>alert(1)</script>')
  }
  fs.writeFileSync(path.join(planted, 'no-extension'), '<script>alert(1)</script>')
  fs.mkdirSync(path.join(planted, 'folder'))
  fs.writeFileSync(path.join(planted, 'folder', 'index.html'), '<script>alert(1)</script>')
  switchLive(siteRoot, 'a')

  // Stands in for the CMS: answers with what nginx passed on. Listening on port 0 takes a
  // port no other process can hold.
  cms = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ url: req.url, headers: req.headers, peer: req.socket.remoteAddress }))
  })
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  ports = { http: 0, https: 0, cms: (cms.address() as net.AddressInfo).port }

  const prefix = path.join(work, 'nginx')
  for (const dir of ['logs', 'temp']) fs.mkdirSync(path.join(prefix, dir), { recursive: true })
  const certificate = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${SITE_HOST}`]
      .concat(['-addext', `subjectAltName=IP:${SITE_HOST},DNS:${ADMIN_HOST}`])
      .concat(['-keyout', path.join(prefix, 'tls.key'), '-out', path.join(prefix, 'tls.crt')]),
    { encoding: 'utf8' },
  )
  if (certificate.status !== 0) throw new Error(`openssl failed: ${certificate.stderr}`)
  process.once('exit', stopNginx)
  await startNginx(prefix)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx.once('exit', resolve))
    stopNginx()
    await exited
  }
  await new Promise((resolve) => cms?.close(resolve))
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('the public site behind nginx', () => {
  it('sends the security headers with every page, a CSP without unsafe-inline among them', async () => {
    const page = await request(`/documents/${DOCUMENT}/`)
    expect(page.status).toBe(200)
    expect(header(page, 'content-type')).toBe('text/html; charset=utf-8')
    const csp = header(page, 'content-security-policy') ?? ''
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    )
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]))
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain("'unsafe-eval'")
    expect(directives['style-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(header(page, 'x-content-type-options')).toBe('nosniff')
    expect(header(page, 'referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(header(page, 'x-frame-options')).toBe('DENY')
    expect(header(page, 'strict-transport-security')).toBe('max-age=63072000')
    expect(header(page, 'content-disposition')).toBeUndefined()
    expect(page.body.toString()).toContain(titles.a)
  })

  it('allows every inline script of the real build by its hash, and the build has no inline style', async () => {
    const csp = header(await request('/'), 'content-security-policy') ?? ''
    const live = path.join(siteRoot, 'builds', 'a')
    const pages = fs
      .readdirSync(live, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !file.startsWith('files'))
    expect(pages.length).toBeGreaterThan(20)
    const missing = new Set<string>()
    for (const page of pages) {
      const html = fs.readFileSync(path.join(live, page), 'utf8')
      for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\ssrc=/.test(attributes ?? '')) continue
        const hash = `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`
        if (!csp.includes(hash)) missing.add(`${hash} (${page}: ${(body ?? '').trim().slice(0, 60)}…)`)
      }
      expect(html, page).not.toMatch(/<style[\s>]|\sstyle=|\son[a-z]+=/)
    }
    // A changed inline script needs its new hash in deploy/nginx/gongbao.conf's CSP.
    expect([...missing]).toEqual([])
  })

  it('answers an unknown address with 404 and the site’s own 404 page', async () => {
    for (const address of ['/no/such/page/', '/documents/1999-0001/', '/files/planted/missing.pdf', '/files/planted/folder/']) {
      const reply = await request(address)
      expect(reply.status, address).toBe(404)
      expect(reply.body.equals(built('a', '404.html')), address).toBe(true)
      expect(header(reply, 'content-security-policy'), address).toContain("default-src 'self'")
      expect(header(reply, 'cache-control'), address).toBeUndefined()
    }
    // The kept builds beside the live link are never served.
    expect((await request('/builds/a/index.html')).status).toBe(404)
    expect((await request('/../builds/b/index.html')).status).toBe(400)
  })

  it.each([
    ['HTML', '/', 'index.html'],
    ['JavaScript', 'search-script', ''],
    ['JSON', '/data/documents.json', 'data/documents.json'],
  ])('compresses %s with gzip and brotli', async (_, address, file) => {
    let urlPath = address
    let relative = file
    if (address === 'search-script') {
      relative = path.join(
        '_astro',
        fs.readdirSync(path.join(siteRoot, 'builds', 'a', '_astro')).find((name) => /^search\..*\.js$/.test(name)) ?? '',
      )
      urlPath = `/${relative}`
    }
    const original = built('a', relative)
    for (const [encoding, decode] of [
      ['gzip', zlib.gunzipSync],
      ['br', zlib.brotliDecompressSync],
    ] as const) {
      const reply = await request(urlPath, { headers: { 'Accept-Encoding': encoding } })
      expect(reply.status).toBe(200)
      expect(header(reply, 'content-encoding')).toBe(encoding)
      expect(header(reply, 'vary')).toBe('Accept-Encoding')
      expect(decode(reply.body).equals(original)).toBe(true)
      expect(reply.body.length).toBeLessThan(original.length)
    }
    const identity = await request(urlPath)
    expect(header(identity, 'content-encoding')).toBeUndefined()
    expect(identity.body.equals(original)).toBe(true)
  })

  it('serves Pagefind’s script, fragments and WebAssembly with their types', async () => {
    const script = await request('/pagefind/pagefind.js')
    expect(script.status).toBe(200)
    expect(header(script, 'content-type')).toMatch(/^application\/javascript/)
    expect(header(script, 'cache-control')).toBe('no-cache')
    const fragment = fs.readdirSync(path.join(siteRoot, 'builds', 'a', 'pagefind', 'fragment'))[0]
    const fragmentReply = await request(`/pagefind/fragment/${fragment}`)
    expect(fragmentReply.status).toBe(200)
    expect(header(fragmentReply, 'content-type')).toBe('application/octet-stream')
    expect(header(fragmentReply, 'cache-control')).toBe('public, max-age=31536000, immutable')
    expect(fragmentReply.body.equals(built('a', `pagefind/fragment/${fragment}`))).toBe(true)
    const wasm = fs.readdirSync(path.join(siteRoot, 'builds', 'a', 'pagefind')).find((name) => /^wasm\..*\.pagefind$/.test(name))
    const wasmReply = await request(`/pagefind/${wasm}`)
    expect(wasmReply.status).toBe(200)
    expect(header(wasmReply, 'content-type')).toBe('application/wasm')
    expect(header(wasmReply, 'cache-control')).toBe('no-cache')
    expect(wasmReply.body.equals(built('a', `pagefind/${wasm}`))).toBe(true)
  })

  it('makes an attachment a download, and lets a PDF open sandboxed', async () => {
    const word = await request(encodeURI(WORD_ATTACHMENT))
    expect(word.status).toBe(200)
    expect(header(word, 'content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(header(word, 'content-disposition')).toBe('attachment')
    expect(header(word, 'x-content-type-options')).toBe('nosniff')
    expect(header(word, 'content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(word.body.equals(built('a', WORD_ATTACHMENT.slice(1)))).toBe(true)
    const pdf = await request(encodeURI(PDF_ATTACHMENT))
    expect(pdf.status).toBe(200)
    expect(header(pdf, 'content-type')).toBe('application/pdf')
    expect(header(pdf, 'content-disposition')).toBeUndefined()
    expect(header(pdf, 'x-content-type-options')).toBe('nosniff')
    expect(header(pdf, 'content-security-policy')).toBe("default-src 'none'; sandbox")
    // The document's page links the Word attachment where nginx serves it.
    expect((await request(`/documents/${DOCUMENT}/`)).body.toString()).toContain(`href="${WORD_ATTACHMENT}"`)
  })

  it('serves every upload with the type and disposition of the upload rule, anything else as a download', async () => {
    const planted = fs.readdirSync(path.join(siteRoot, 'builds', 'a', 'files', 'planted')).filter((name) => name !== 'folder')
    expect(planted.length).toBeGreaterThan(acceptedExtensions.length)
    for (const name of planted) {
      const reply = await request(`/files/planted/${name}`)
      const rule = servedUpload(name)
      expect(reply.status, name).toBe(200)
      expect(header(reply, 'content-type'), name).toBe(rule.contentType)
      expect(header(reply, 'content-disposition'), name).toBe(rule.inline ? undefined : 'attachment')
      expect(header(reply, 'x-content-type-options'), name).toBe('nosniff')
      expect(header(reply, 'content-security-policy'), name).toBe("default-src 'none'; sandbox")
    }
  })

  it('caches hashed assets for a year and revalidates pages', async () => {
    const css = fs.readdirSync(path.join(siteRoot, 'builds', 'a', '_astro')).find((name) => name.endsWith('.css'))
    const asset = await request(`/_astro/${css}`)
    expect(asset.status).toBe(200)
    expect(header(asset, 'cache-control')).toBe('public, max-age=31536000, immutable')
    const page = await request('/documents/')
    expect(header(page, 'cache-control')).toBe('no-cache')
    const etag = header(page, 'etag') ?? ''
    expect(etag).not.toBe('')
    const again = await request('/documents/', { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    // A folder address without its slash is sent to the canonical one, on the reader's own host.
    const folder = await request('/documents')
    expect(folder.status).toBe(301)
    expect(header(folder, 'location')).toBe('/documents/')
  })

  it('redirects plain HTTP to HTTPS', async () => {
    const reply = await request('/documents/?page=2', { plain: true })
    expect(reply.status).toBe(301)
    expect(header(reply, 'location')).toBe(`https://${SITE_HOST}/documents/?page=2`)
    const admin = await request('/admin', { plain: true, host: ADMIN_HOST })
    expect(header(admin, 'location')).toBe(`https://${ADMIN_HOST}/admin`)
  })
})

describe('the admin on its own origin', () => {
  it('is proxied to the CMS on 127.0.0.1, the client’s address appended to X-Forwarded-For', async () => {
    const reply = await request('/api/health?x=1', { host: ADMIN_HOST, headers: { 'X-Forwarded-For': '203.0.113.7' } })
    expect(reply.status).toBe(200)
    const seen = JSON.parse(reply.body.toString()) as { url: string; headers: Record<string, string>; peer: string }
    expect(seen.url).toBe('/api/health?x=1')
    expect(seen.peer).toBe('127.0.0.1')
    expect(seen.headers.host).toBe(ADMIN_HOST)
    // TRUST_PROXY=1 makes the CMS count the last address: the one nginx saw.
    expect(seen.headers['x-forwarded-for']).toBe('203.0.113.7, 127.0.0.1')
    expect(seen.headers['x-forwarded-proto']).toBe('https')
    expect(header(reply, 'strict-transport-security')).toBe('max-age=63072000')
    expect(header(reply, 'x-frame-options')).toBe('SAMEORIGIN')
  })

  it('is not reachable through the public site', async () => {
    const reply = await request('/api/health')
    expect(reply.status).toBe(404)
    expect(reply.body.equals(built('a', '404.html'))).toBe(true)
    expect((await request('/admin/')).status).toBe(404)
  })
})

describe('in Chromium, under the CSP', () => {
  it('runs the pages’ scripts and a search without one violation', async () => {
    browser = await launchChromium()
    const context = await browser.newContext({ ignoreHTTPSErrors: true })
    // Init scripts are the browser driver's, outside the page's CSP: they record what it blocks.
    await context.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { __cspViolations: seen })
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
    })
    const page = await context.newPage()
    const messages: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`))
    const site = `https://${SITE_HOST}:${ports.https}`
    const violations = async () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)

    // A document page: the inline scripts run (the text-size button is shown and works,
    // and the choice is applied before the first paint on the next page).
    await page.goto(`${site}/documents/${DOCUMENT}/`)
    const toggle = page.locator('button.text-size-toggle')
    await toggle.waitFor({ state: 'visible' })
    await toggle.click()
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true)
    await page.goto(`${site}/interpretations/jd-2022-0025/`)
    expect(await page.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true)
    // The interpretation's figure (Astro's images under /_astro/) loads.
    await page.waitForFunction(
      () => [...document.images].length > 0 && [...document.images].every((image) => image.complete && image.naturalWidth > 0),
    )
    expect(await violations()).toEqual([])

    // The search page: Pagefind loads its script, its WebAssembly (in its worker) and fragments.
    await page.goto(`${site}/search/?q=${encodeURIComponent('政务公开')}`)
    await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
    expect(await page.locator('.search-status').textContent()).toMatch(/找到/)
    expect(await page.locator('li.search-result').count()).toBeGreaterThan(0)
    expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContain('/pagefind/pagefind-worker.js')
    expect(await violations()).toEqual([])
    expect(messages).toEqual([])

    // The recording works and the policy holds: a page with a script the CSP does not list.
    const probe = path.join(siteRoot, 'builds', 'a', 'csp-probe')
    fs.mkdirSync(probe)
    fs.writeFileSync(path.join(probe, 'index.html'), '<!doctype html><title>探针</title><script>window.__probeRan = 1</script>')
    try {
      await page.goto(`${site}/csp-probe/`)
      expect(await page.evaluate(() => '__probeRan' in window)).toBe(false)
      expect(await violations()).toEqual([expect.stringMatching(/^script-src-elem inline$/)])
    } finally {
      fs.rmSync(probe, { recursive: true })
    }
    await context.close()
  })
})

describe('a new build', () => {
  it('is served as soon as the live link is switched, without reloading nginx', async () => {
    expect((await request(`/documents/${DOCUMENT}/`)).body.toString()).toContain(titles.a)
    const pid = nginx.pid
    switchLive(siteRoot, 'b')
    const page = await request(`/documents/${DOCUMENT}/`)
    expect(page.status).toBe(200)
    expect(page.body.toString()).toContain(titles.b)
    expect(page.body.toString()).not.toContain(titles.a)
    // The files planted in the first build left with it.
    expect((await request('/files/planted/sample.docx')).status).toBe(404)
    expect(nginx.pid).toBe(pid)
    expect(nginx.exitCode).toBeNull()
  })
})
