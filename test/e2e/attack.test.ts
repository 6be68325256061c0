/**
 * An attack on the running gazette as a real attacker would make it: the production
 * admin (`next build` + `next start`, default settings: no SERVER_URL) and a page on
 * another origin of the same host (the public site's port), in Debian's chromium, plus
 * raw HTTP from two loopback addresses. What was found by an outside attack (issue 18)
 * and its class: a page on the site's origin acting with a signed-in admin's session,
 * stored script through an upload, accounts told apart at sign-in, an account locked by
 * strangers, staff running the job queues, filters through relationships, GraphQL
 * suggestions. Each step asserts that the attack gets nothing.
 */
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { type AdminServer, startAdmin } from './helpers/adminServer'
import { launchBrowser } from './helpers/browser'

const gazetteEnv = inject('gazetteEnv')
let admin: AdminServer
let browser: Browser
let context: BrowserContext
let attacker: StaticServer
let attackerRoot: string

/** A page any script on the public site's origin could be: it uses the admin's session if it can. */
const attackPage = `<!doctype html><meta charset="utf-8"><title>attack</title>
<form id="f" method="POST" enctype="multipart/form-data" target="sink">
  <input name="_payload"></form><iframe name="sink"></iframe>
<script>
  const admin = new URLSearchParams(location.search).get('admin')
  const results = {}
  async function tryFetch(name, url, init) {
    try {
      const response = await fetch(admin + url, { credentials: 'include', ...init })
      results[name] = { status: response.status, text: (await response.text()).slice(0, 500) }
    } catch (error) {
      results[name] = { error: String(error) }
    }
  }
  (async () => {
    await tryFetch('me', '/api/users/me')
    await tryFetch('users', '/api/users?limit=5')
    await tryFetch('createJson', '/api/users', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'evil-json@attacker.example', password: 'evil-password-1', roles: ['admin'] }),
    })
    await tryFetch('createPlain', '/api/users', {
      method: 'POST', headers: { 'Content-Type': 'text/plain' },
      body: JSON.stringify({ email: 'evil-plain@attacker.example', password: 'evil-password-2', roles: ['admin'] }),
    })
    await tryFetch('jobs', '/api/payload-jobs/run')
    const form = document.getElementById('f')
    form.action = admin + '/api/users'
    form.elements._payload.value = JSON.stringify({ email: 'evil-form@attacker.example', password: 'evil-password-3', roles: ['admin'] })
    // The form's answer landing in the frame (whatever it says) means the admin has handled the POST.
    const sink = document.querySelector('iframe[name="sink"]')
    const answered = new Promise((resolve) => sink.addEventListener('load', resolve, { once: true }))
    form.submit()
    await answered
    const img = new Image()
    img.src = admin + '/api/payload-jobs/run?queue=site'
    await new Promise((resolve) => { img.onload = img.onerror = resolve })
    window.__attack = results
  })()
</script>`

/** A raw request from a chosen loopback address, as another client would send it. */
function request(
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; from?: string },
): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from ?? '127.0.0.1' },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - started }))
      },
    )
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

const login = (email: string, password: string, from?: string) =>
  request(`${admin.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
    from,
  })

async function adminToken(): Promise<string> {
  const response = await login(gazetteEnv.ADMIN_EMAIL as string, gazetteEnv.ADMIN_PASSWORD as string, '127.0.0.9')
  return (JSON.parse(response.text) as { token: string }).token
}

beforeAll(async () => {
  admin = await startAdmin(gazetteEnv)
  browser = await launchBrowser()
  context = await browser.newContext()
  attackerRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-attacker-'))
  fs.writeFileSync(path.join(attackerRoot, 'attack.html'), attackPage)
  attacker = await startStaticServer(attackerRoot)
})

afterAll(async () => {
  await browser?.close()
  await attacker?.close()
  await admin?.stop()
  if (attackerRoot) fs.rmSync(attackerRoot, { recursive: true, force: true })
})

describe('a page on another origin of the same host, with a signed-in admin', () => {
  it('gets nothing of the admin session: no reads, no new admin, no job run', async () => {
    const page = await context.newPage()
    await page.goto(`${admin.url}/admin/login`)
    await page.fill('input[name="email"]', gazetteEnv.ADMIN_EMAIL as string)
    await page.fill('input[name="password"]', gazetteEnv.ADMIN_PASSWORD as string)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    // The session works on the admin's own origin.
    const own = await page.evaluate(async (url) => (await fetch(url, { credentials: 'include' })).json(), `${admin.url}/api/users/me`)
    expect((own as { user: { email: string } | null }).user?.email).toBe(gazetteEnv.ADMIN_EMAIL)

    const evil = await context.newPage()
    await evil.goto(`${attacker.url}/attack.html?admin=${encodeURIComponent(admin.url)}`)
    await evil.waitForFunction(() => Boolean((window as unknown as { __attack?: unknown }).__attack), undefined, { timeout: 30_000 })
    const results = (await evil.evaluate(() => (window as unknown as { __attack: unknown }).__attack)) as Record<
      string,
      { status?: number; text?: string; error?: string }
    >
    // Reads are answered as the public's (or blocked by the browser): never the admin's data.
    for (const name of ['me', 'users', 'jobs']) expect(results[name]?.text ?? '').not.toContain(gazetteEnv.ADMIN_EMAIL as string)
    expect(results.me?.text ?? '{"user":null}').toContain('"user":null')
    for (const name of ['createJson', 'createPlain']) expect(results[name]?.status ?? 0).not.toBe(201)

    const token = await adminToken()
    const created = await request(`${admin.url}/api/users?where[email][contains]=attacker.example&depth=0`, {
      headers: { Authorization: `JWT ${token}` },
      from: '127.0.0.9',
    })
    expect(JSON.parse(created.text).totalDocs).toBe(0)
  }, 120_000)
})

describe('uploads and the files the site serves', () => {
  it('refuses an XHTML file with script, whatever it is called', async () => {
    const token = await adminToken()
    const xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>alert(document.domain)</script></html>'
    for (const [name, type] of [
      ['attack.xml', 'application/xml'],
      ['attack.xhtml', 'application/xhtml+xml'],
      ['attack.pdf', 'application/pdf'],
      ['attack.png', 'image/png'],
    ]) {
      const form = new FormData()
      form.append('file', new Blob([xhtml], { type }), name)
      form.append('_payload', JSON.stringify({ alt: 'x' }))
      const response = await fetch(`${admin.url}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
      expect(response.status, name).toBe(400)
      expect(await response.text()).toMatch(/不能上传/)
    }
  })
})

describe('sign-in', () => {
  it('answers an unknown account as it answers a wrong password, in about the same time', async () => {
    const known: number[] = []
    const unknown: number[] = []
    let knownText = ''
    let unknownText = ''
    for (let i = 0; i < 4; i += 1) {
      const a = await login(gazetteEnv.ADMIN_EMAIL as string, `wrong-${i}`, '127.0.0.3')
      const b = await login(`nobody-${i}@e2e.gongbao.local`, `wrong-${i}`, '127.0.0.3')
      expect([a.status, b.status]).toEqual([401, 401])
      known.push(a.ms)
      unknown.push(b.ms)
      knownText = a.text.replace(/"id":"[^"]*"/g, '')
      unknownText = b.text.replace(/"id":"[^"]*"/g, '')
    }
    expect(unknownText).toBe(knownText)
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number
    const ratio = median(unknown) / median(known)
    expect(ratio).toBeGreaterThan(0.4)
    expect(ratio).toBeLessThan(2.5)
  }, 120_000)

  it('limits failures per client address, so a stranger cannot lock the admin out', async () => {
    let last = { status: 0, text: '' }
    for (let i = 0; i < 12; i += 1) last = await login(gazetteEnv.ADMIN_EMAIL as string, `guess-${i}`, '127.0.0.4')
    expect(last.status).toBe(429)
    expect(last.text).toContain('登录尝试过于频繁')
    // The same answer for an account that does not exist: nothing to tell them apart.
    const unknown = await login('nobody@e2e.gongbao.local', 'guess', '127.0.0.4')
    expect(unknown.status).toBe(429)
    // A forged X-Forwarded-For does not get the attacker a fresh count.
    const forged = await request(`${admin.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.7' },
      body: JSON.stringify({ email: gazetteEnv.ADMIN_EMAIL, password: 'guess' }),
      from: '127.0.0.4',
    })
    expect(forged.status).toBe(429)
    // The admin, from their own address, signs in.
    const own = await login(gazetteEnv.ADMIN_EMAIL as string, gazetteEnv.ADMIN_PASSWORD as string, '127.0.0.5')
    expect(own.status).toBe(200)
  }, 120_000)
})

describe('the public API', () => {
  it.each([
    '/api/interpretations?where[documents][contains][title][like]=%E9%80%9A%E7%9F%A5',
    '/api/interpretations?where[documents.title][like]=%E9%80%9A%E7%9F%A5',
    '/api/interpretations?sort=documents.title',
    '/api/documents?where[title][near]=1,2',
    '/api/documents?where[title][equals][$gt]=a',
    '/api/documents/abc',
    '/api/documents?where=abc',
    '/api/documents?where[reviewState][equals]=draft',
  ])('answers %s with a refusal, not an oracle and not a crash', async (pathAndQuery) => {
    const response = await request(`${admin.url}${pathAndQuery}`, { from: '127.0.0.6' })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('suggests no hidden field names in GraphQL errors', async () => {
    const response = await request(`${admin.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Documents { docs { workflowReasn } } }' }),
      from: '127.0.0.6',
    })
    expect(response.text).not.toMatch(/Did you mean|workflowReason|reviewState/)
  })

  it('lets no staff member but an admin run the job queues', async () => {
    const token = await adminToken()
    const editor = await request(`${admin.url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ email: 'attack-editor@e2e.gongbao.local', password: 'attack-editor-password', roles: ['editor'] }),
      from: '127.0.0.9',
    })
    expect(editor.status).toBe(201)
    const signedIn = await login('attack-editor@e2e.gongbao.local', 'attack-editor-password', '127.0.0.7')
    const editorToken = (JSON.parse(signedIn.text) as { token: string }).token
    const run = await request(`${admin.url}/api/payload-jobs/run`, { headers: { Authorization: `JWT ${editorToken}` }, from: '127.0.0.7' })
    expect(run.status).toBe(403)
  })
})
