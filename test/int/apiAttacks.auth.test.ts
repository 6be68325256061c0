/**
 * API attacks on signing in, on the real REST and GraphQL handlers of a real gazette
 * (see helpers/attackFixture.ts), with SERVER_URL, HOST and PORT unset as `npm start`
 * runs by default (the admin's origins are then http://127.0.0.1:3000 and
 * http://localhost:3000): the session cookie used from another origin, telling accounts
 * apart by the answer or its time, guessing passwords, locking others out, and password
 * reset requests. The client address is the one the HTTP server stamps (cms/auth/peerHeader.ts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { PEER_HEADER, stampPeer } from '../../cms/auth/peerHeader'
import { type AttackFixture, createAttackFixture } from './helpers/attackFixture'

const ADMIN = { email: 'first-admin@example.gov.cn', password: 'first-admin-password' }
const UNKNOWN = 'nobody-at-all@example.gov.cn'
const TOO_MANY = /^登录尝试过于频繁，请 \d+ 分钟后再试。$/

const fromAddress = (address: string): Record<string, string> => ({ [PEER_HEADER]: stampPeer(address) })

type Answer = { status: number; text: string; ms: number; cookie: string | null }

async function post(path: string, data: unknown, headers: Record<string, string>): Promise<Answer> {
  const started = performance.now()
  const response = await fixture.gazette.rest(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(data),
  })
  const text = await response.text()
  return { status: response.status, text, ms: performance.now() - started, cookie: response.headers.get('set-cookie') }
}

const login = (email: string, password: string, address: string) => post('/api/users/login', { email, password }, fromAddress(address))
const resetRequest = (email: string, address: string) => post('/api/users/forgot-password', { email }, fromAddress(address))
const errorMessage = (text: string) => (JSON.parse(text) as { errors?: Array<{ message: string }> }).errors?.[0]?.message ?? ''

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** The attacked gazette of this file, built in beforeAll. */
let fixture: AttackFixture

beforeAll(async () => {
  for (const name of ['SERVER_URL', 'HOST', 'PORT', 'TRUST_PROXY', 'LOGIN_MAX_FAILURES', 'LOGIN_WINDOW_MINUTES']) delete process.env[name]
  fixture = await createAttackFixture()
})
afterAll(() => fixture?.cleanup())

describe('the session cookie from another origin (CSRF), SERVER_URL unset', () => {
  let cookie: string

  beforeAll(async () => {
    const signedIn = await login(ADMIN.email, ADMIN.password, '192.0.2.1')
    expect(signedIn.status, signedIn.text).toBe(200)
    cookie = (signedIn.cookie ?? '').split(';')[0] as string
    expect(cookie).toMatch(/^payload-token=./)
  })

  const withCookie = (origin: string | null, method: string, path: string, data?: unknown) =>
    fixture.gazette.rest(path, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: cookie, ...(origin ? { Origin: origin } : {}) },
      body: data === undefined ? undefined : JSON.stringify(data),
    })

  it('is SameSite=Strict and HttpOnly', async () => {
    const signedIn = await login(ADMIN.email, ADMIN.password, '192.0.2.1')
    expect(signedIn.cookie).toMatch(/;\s*SameSite=Strict/)
    expect(signedIn.cookie).toMatch(/;\s*HttpOnly/)
  })

  it('is ignored on writes from the public site’s origin or another site: they are anonymous and change nothing', async () => {
    for (const origin of ['http://127.0.0.1:4321', 'http://localhost:4321', 'http://evil.example', 'null']) {
      const rename = await withCookie(origin, 'PATCH', `/api/organizations/${fixture.orgId}`, { name: '被跨站改名的机关' })
      expect(rename.status, `PATCH from ${origin}: ${await rename.clone().text()}`).toBe(403)
      const created = await withCookie(origin, 'POST', '/api/users', {
        email: `csrf-${origin.length}@example.gov.cn`,
        password: 'csrf-created-password',
        roles: ['admin'],
      })
      expect(created.status, `POST from ${origin}`).toBe(403)
      const graph = await fixture.gazette.graphql(
        `mutation { updateOrganization(id: ${fixture.orgId}, data: { name: "被跨站改名的机关" }) { name } }`,
        {
          Cookie: cookie,
          Origin: origin,
        },
      )
      expect(((await graph.json()) as { errors?: unknown[] }).errors?.length, `GraphQL from ${origin}`).toBeGreaterThan(0)
      const me = await withCookie(origin, 'GET', '/api/users/me')
      expect(((await me.json()) as { user: unknown }).user, `me from ${origin}`).toBeNull()
    }
    const org = await fixture.gazette.payload.findByID({ collection: 'organizations', id: fixture.orgId, depth: 0 })
    expect(org.name).toBe('测试市人民政府')
    expect((await fixture.gazette.payload.find({ collection: 'users', where: { email: { like: 'csrf-' } } })).totalDocs).toBe(0)
  })

  it('works from the admin’s own origins', async () => {
    for (const origin of ['http://127.0.0.1:3000', 'http://localhost:3000']) {
      const rename = await withCookie(origin, 'PATCH', `/api/organizations/${fixture.orgId}`, { name: `改名自 ${origin}` })
      expect(rename.status, `PATCH from ${origin}: ${await rename.clone().text()}`).toBe(200)
      expect((await fixture.gazette.payload.findByID({ collection: 'organizations', id: fixture.orgId, depth: 0 })).name).toBe(
        `改名自 ${origin}`,
      )
    }
    await fixture.gazette.payload.update({ collection: 'organizations', id: fixture.orgId, data: { name: '测试市人民政府' } })
  })

  it('grants no other origin a credentialed read (CORS)', async () => {
    for (const method of ['GET', 'OPTIONS']) {
      const response = await withCookie('http://127.0.0.1:4321', method, '/api/users/me')
      expect(response.headers.get('access-control-allow-origin'), method).toBeNull()
      expect(response.headers.get('access-control-allow-credentials'), method).toBeNull()
    }
  })
})

describe('signing in', () => {
  it('answers an unknown e-mail exactly as a wrong password for an existing account', async () => {
    const known = await login(ADMIN.email, 'not-the-password', '198.51.100.1')
    const unknown = await login(UNKNOWN, 'not-the-password', '198.51.100.2')
    expect(known.status).toBe(401)
    expect({ status: unknown.status, text: unknown.text }).toEqual({ status: known.status, text: known.text })
  })

  it('takes about as long for an unknown e-mail as for an existing account', async () => {
    // Ten accounts, one wrong password each: no account is near any lock, so every existing one is really checked.
    const accounts = Array.from({ length: 10 }, (_, i) => `timing-${i}@example.gov.cn`)
    for (const email of accounts)
      await fixture.gazette.payload.create({ collection: 'users', data: { email, password: 'timing-user-password', roles: ['editor'] } })
    await login(ADMIN.email, 'warm-up', '198.51.100.3')
    await login(UNKNOWN, 'warm-up', '198.51.100.4')
    const known: number[] = []
    const unknown: number[] = []
    for (const [i, email] of accounts.entries()) {
      known.push((await login(email, 'not-the-password', `198.51.100.${10 + i}`)).ms)
      unknown.push((await login(`nobody-${i}@example.gov.cn`, 'not-the-password', `198.51.100.${30 + i}`)).ms)
    }
    const ratio = median(unknown) / median(known)
    console.log(
      `sign-in medians: existing ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`,
    )
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  })

  it('stops one address after 10 failures, while the admin still signs in from another', async () => {
    const statuses: number[] = []
    let refusal = ''
    for (let attempt = 1; attempt <= 30; attempt += 1) {
      const answer = await login(ADMIN.email, `guess-${attempt}`, '203.0.113.7')
      statuses.push(answer.status)
      if (answer.status === 429) refusal = answer.text
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), ...Array<number>(20).fill(429)])
    expect(errorMessage(refusal)).toMatch(TOO_MANY)
    // Even the right password is not tried from that address now, and an unknown e-mail gets the same answer.
    expect(await login(ADMIN.email, ADMIN.password, '203.0.113.7')).toMatchObject({ status: 429, text: refusal })
    expect(await login(UNKNOWN, 'whatever', '203.0.113.7')).toMatchObject({ status: 429, text: refusal })
    // The account itself is not locked.
    const elsewhere = await login(ADMIN.email, ADMIN.password, '203.0.113.8')
    expect(elsewhere.status, elsewhere.text).toBe(200)
    expect(elsewhere.text).toContain('"token"')
  })

  it('counts an unknown e-mail the same way, with the same answers', async () => {
    const answers: Answer[] = []
    for (let attempt = 1; attempt <= 30; attempt += 1) answers.push(await login(UNKNOWN, `guess-${attempt}`, '203.0.113.9'))
    expect(answers.map((a) => a.status)).toEqual([...Array<number>(10).fill(401), ...Array<number>(20).fill(429)])
    const known = await login(ADMIN.email, 'one-more-guess', '203.0.113.7')
    expect(answers.at(-1)?.text).toBe(known.text)
  })

  it('counts an IPv6 client by its /64 network', async () => {
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 11; attempt += 1)
      statuses.push((await login(UNKNOWN, 'x', `2001:db8:1:2::${attempt.toString(16)}`)).status)
    expect(statuses.at(-1)).toBe(429)
    expect((await login(UNKNOWN, 'x', '2001:db8:1:3::1')).status).toBe(401)
  })

  it('limits GraphQL sign-in by the same count', async () => {
    const graph = await fixture.gazette.graphql(
      `mutation { loginUser(email: "${ADMIN.email}", password: "${ADMIN.password}") { token } }`,
      fromAddress('203.0.113.7'),
    )
    const body = (await graph.json()) as { data?: { loginUser: { token?: string } | null }; errors?: Array<{ message: string }> }
    expect(body.data?.loginUser?.token).toBeFalsy()
    expect(body.errors?.[0]?.message).toMatch(TOO_MANY)
  })

  it('never locks an account: wrong passwords from many addresses leave the right one working', async () => {
    for (let attempt = 1; attempt <= 8; attempt += 1)
      expect((await login(ADMIN.email, `spray-${attempt}`, `100.64.0.${attempt}`)).status).toBe(401)
    expect((await login(ADMIN.email, ADMIN.password, '100.64.1.1')).status).toBe(200)
    const stored = await fixture.gazette.payload.find({
      collection: 'users',
      where: { email: { equals: ADMIN.email } },
      showHiddenFields: true,
      depth: 0,
    })
    expect((stored.docs[0] as { lockUntil?: string | null }).lockUntil ?? null).toBeNull()
  })
})

describe('password reset requests', () => {
  it('answer the same for a known and an unknown e-mail, about as fast', async () => {
    const accounts = Array.from({ length: 10 }, (_, i) => `reset-${i}@example.gov.cn`)
    for (const email of accounts)
      await fixture.gazette.payload.create({ collection: 'users', data: { email, password: 'reset-user-password', roles: ['editor'] } })
    // The reset preparations the requests start (the endpoint defers them to the next turn), for the check at the end to wait for.
    const preparations = vi.spyOn(fixture.gazette.payload, 'forgotPassword')
    await resetRequest(UNKNOWN, '198.51.100.99')
    const known: Answer[] = []
    const unknown: Answer[] = []
    for (const [i, email] of accounts.entries()) {
      known.push(await resetRequest(email, `198.51.100.${100 + i}`))
      unknown.push(await resetRequest(`nobody-${i}@example.gov.cn`, `198.51.100.${120 + i}`))
    }
    for (const [i, answer] of known.entries()) {
      expect(answer.status, answer.text).toBe(200)
      expect({ status: unknown[i]?.status, text: unknown[i]?.text }).toEqual({ status: answer.status, text: answer.text })
    }
    // A floor of 2 ms keeps the ratio meaningful when both are near zero.
    const knownMs = median(known.map((a) => a.ms)) + 2
    const unknownMs = median(unknown.map((a) => a.ms)) + 2
    console.log(`reset-request medians (+2 ms): known ${knownMs.toFixed(1)} ms, unknown ${unknownMs.toFixed(1)} ms`)
    expect(unknownMs / knownMs).toBeGreaterThan(0.5)
    expect(unknownMs / knownMs).toBeLessThan(2)
    // Without SMTP nobody could receive a reset link, so none is prepared (with SMTP the
    // link arrives by e-mail: test/int/notifications.test.ts).
    await new Promise((resolve) => setImmediate(resolve))
    await Promise.allSettled(preparations.mock.results.map((result) => result.value))
    expect(preparations).not.toHaveBeenCalled()
    preparations.mockRestore()
    const users = await fixture.gazette.payload.find({
      collection: 'users',
      where: { email: { in: accounts } },
      showHiddenFields: true,
      limit: 0,
      depth: 0,
    })
    expect(users.docs.filter((u) => (u as { resetPasswordToken?: string | null }).resetPasswordToken)).toHaveLength(0)
  })

  it('are limited per address like sign-in failures, with the same answer for any e-mail', async () => {
    const statuses: number[] = []
    let refusal = ''
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const answer = await resetRequest(attempt % 2 ? ADMIN.email : UNKNOWN, '203.0.113.50')
      statuses.push(answer.status)
      if (answer.status === 429) refusal = answer.text
    }
    expect(statuses).toEqual([...Array<number>(10).fill(200), 429, 429])
    expect(errorMessage(refusal)).toMatch(/^重置密码的请求过于频繁，请 \d+ 分钟后再试。$/)
    expect((await resetRequest(ADMIN.email, '203.0.113.50')).text).toBe(refusal)
  })

  it('are not taken through GraphQL, whatever the e-mail', async () => {
    const ask = async (email: string) =>
      (await (
        await fixture.gazette.graphql(`mutation { forgotPasswordUser(email: "${email}") }`, fromAddress('198.51.100.200'))
      ).json()) as {
        errors?: Array<{ message: string }>
      }
    const known = await ask(ADMIN.email)
    const unknown = await ask(UNKNOWN)
    expect(known.errors?.[0]?.message).toBeTruthy()
    expect(unknown.errors?.[0]?.message).toBe(known.errors?.[0]?.message)
  })
})
