/**
 * API attacks on the real REST and GraphQL handlers of a real gazette (see
 * helpers/attackFixture.ts): every one is refused or answers nothing hidden.
 * An editor exceeding the role, staff running the job queues, no login lockout, what error responses reveal, and internal notes on public documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call } from './helpers/reviewFlow'
import { type AttackFixture, body, createAttackFixture, idsIn, leaked, SECRET } from './helpers/attackFixture'

/** The attacked gazette of this file, built in beforeAll. */
let fixture: AttackFixture

beforeAll(async () => {
  fixture = await createAttackFixture()
})
afterAll(() => fixture?.cleanup())

describe('an editor exceeding the role', () => {
  it('cannot grant themselves roles, through REST or GraphQL', async () => {
    const rest = await fixture.asEditor('PATCH', `/api/users/${fixture.editorId}`, { roles: ['admin'] })
    expect(rest.status).toBeLessThan(500)
    const graph = await fixture.gql(
      `mutation { updateUser(id: ${fixture.editorId}, data: { roles: [admin, publisher] }) { roles } }`,
      fixture.staff.editor,
    )
    expect(graph.text).not.toContain('admin')
    const stored = await fixture.gazette.payload.findByID({ collection: 'users', id: fixture.editorId, depth: 0 })
    expect(stored.roles).toEqual(['editor'])
  })

  it('cannot read or change other users, nor create one', async () => {
    const list = await fixture.asEditor('GET', '/api/users?limit=0')
    expect(idsIn(list.text)).toEqual([fixture.editorId])
    expect(list.text).not.toContain(SECRET.staffEmail)
    expect((await fixture.asEditor('GET', `/api/users/${fixture.adminId}`)).status).toBe(404)
    const patch = await fixture.asEditor('PATCH', `/api/users/${fixture.adminId}`, {
      email: 'taken-over@example.gov.cn',
      password: 'taken-over-password',
    })
    expect(patch.status).toBeGreaterThanOrEqual(400)
    const created = await fixture.asEditor('POST', '/api/users', {
      email: 'friend@example.gov.cn',
      password: 'friend-password-1',
      roles: ['publisher'],
    })
    expect(created.status).toBe(403)
    const admin = await fixture.gazette.payload.findByID({ collection: 'users', id: fixture.adminId, depth: 0 })
    expect(admin.email).toBe('first-admin@example.gov.cn')
  })

  it('cannot set the review state, publish, approve, allow personal data, schedule or delete', async () => {
    const forged = await fixture.asEditor('POST', '/api/documents?draft=true', {
      title: '自称已发布的文件',
      kind: 'other',
      issuers: [fixture.orgId],
      writtenDate: '2024-01-01T04:00:00.000Z',
      disclosure: 'proactive',
      _status: 'draft',
      reviewState: 'published',
      personalDataOverrides: [{ text: '13912345678', reason: '编辑自行放行' }],
      publishAt: '2024-01-01T00:00:00.000Z',
    })
    expect(forged.status).toBe(201)
    const doc = forged.json().doc as { id: number; reviewState: string; personalDataOverrides?: unknown[]; publishAt?: string | null }
    expect(doc.reviewState).toBe('draft')
    expect(doc.personalDataOverrides ?? []).toEqual([])
    expect(doc.publishAt ?? null).toBeNull()

    const publish = await fixture.asEditor('PATCH', `/api/documents/${doc.id}`, { _status: 'published' })
    expect(publish.status).toBe(400)
    const submit = await fixture.asEditor('PATCH', `/api/documents/${doc.id}?draft=true`, { workflowAction: 'submit' })
    expect(submit.status).toBe(200)
    const approve = await fixture.asEditor('PATCH', `/api/documents/${doc.id}?draft=true`, { workflowAction: 'approve' })
    expect(approve.status).toBe(400)
    const direct = await fixture.asEditor('POST', '/api/documents', {
      title: '编辑直接发布',
      kind: 'other',
      issuers: [fixture.orgId],
      writtenDate: '2024-01-01T04:00:00.000Z',
      disclosure: 'proactive',
      _status: 'published',
    })
    expect(direct.status).toBe(400)
    const viaGraphql = await fixture.gql(
      `mutation { updateDocument(id: ${doc.id}, data: { _status: published }) { _status } }`,
      fixture.staff.editor,
    )
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    expect((await fixture.asEditor('DELETE', `/api/documents/${fixture.ids.public}`)).status).toBe(403)

    const titles = (await fixture.anon('/api/documents?limit=0&depth=0')).text
    expect(titles).not.toContain('自称已发布的文件')
    expect(titles).not.toContain('编辑直接发布')
    const stored = await fixture.gazette.payload.findByID({ collection: 'documents', id: doc.id, draft: true, depth: 0 })
    expect(stored.reviewState).toBe('submitted')
    expect(stored._status).toBe('draft')
  })

  it('cannot forge or erase the review record, number register or issuing codes', async () => {
    const before = (await fixture.gazette.payload.find({ collection: 'review-events', limit: 0, depth: 0 })).totalDocs
    const attempts: Array<[string, string, unknown]> = [
      [
        'POST',
        '/api/review-events',
        { item: { relationTo: 'documents', value: fixture.ids.draft }, action: 'approve', fromState: 'submitted', toState: 'approved' },
      ],
      ['PATCH', '/api/review-events/1', { reason: '篡改' }],
      ['DELETE', '/api/review-events/1', undefined],
      ['POST', '/api/number-reservations', { series: 'x', serial: 1 }],
      ['POST', '/api/issuing-codes', { code: '伪发', organization: fixture.orgId, series: 'docNumber', kind: 'other' }],
      ['PATCH', `/api/organizations/${fixture.orgId}`, { name: '被改名的机关' }],
    ]
    for (const [method, path, data] of attempts) {
      const { status } = await fixture.asEditor(method, path, data)
      expect(status, `${method} ${path}`).toBe(403)
    }
    expect((await fixture.gazette.payload.find({ collection: 'review-events', limit: 0, depth: 0 })).totalDocs).toBe(before)
  })
})

describe('staff running the job queues', () => {
  const jobCount = async () => (await fixture.gazette.payload.count({ collection: 'payload-jobs' })).totalDocs
  let queuedJob: string | number

  it('refuses editors, reviewers and publishers, and runs nothing', async () => {
    // A job on the default queue, which /api/payload-jobs/run runs (and deletes when done).
    queuedJob = (await fixture.gazette.payload.jobs.queue({ task: 'publishScheduled', input: {} })).id
    const queued = await jobCount()
    for (const [role, token] of Object.entries(fixture.staff)) {
      for (const path of [
        '/api/payload-jobs/run',
        '/api/payload-jobs/run?allQueues=true',
        '/api/payload-jobs/handle-schedules?allQueues=true',
      ]) {
        const get = await call(fixture.gazette, token, 'GET', path)
        expect(get.status, `${role} GET ${path}: ${await get.clone().text()}`).toBe(403)
        // Payload has no POST route there (404); whatever the route, nothing runs.
        const post = await call(fixture.gazette, token, 'POST', path, {})
        expect(post.status, `${role} POST ${path}`).toBeGreaterThanOrEqual(400)
      }
    }
    expect(await jobCount()).toBe(queued)
  })

  it('lets an admin run them', async () => {
    const login = await fixture.gazette.rest('/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'first-admin@example.gov.cn', password: 'first-admin-password' }),
    })
    const { token } = (await login.json()) as { token: string }
    const run = await call(fixture.gazette, token, 'GET', '/api/payload-jobs/run')
    expect(run.status, await run.clone().text()).toBe(200)
    const left = await fixture.gazette.payload.find({ collection: 'payload-jobs', where: { id: { equals: queuedJob } }, depth: 0 })
    expect(left.totalDocs).toBe(0)
  })

  it('shows the queue and the scheduler’s state to no staff member nor the public, and lets none change them', async () => {
    for (const [who, token] of [...Object.entries(fixture.staff), ['public', '']] as Array<[string, string]>) {
      const get = (path: string) => (token ? call(fixture.gazette, token, 'GET', path) : fixture.gazette.rest(path))
      for (const path of ['/api/payload-jobs', '/api/payload-jobs/1', '/api/globals/payload-jobs-stats']) {
        const response = await get(path)
        expect(response.status, `${who} GET ${path}: ${await response.clone().text()}`).toBe(403)
      }
      if (token) {
        const write = await call(fixture.gazette, token, 'POST', '/api/globals/payload-jobs-stats', { stats: { scheduledRuns: {} } })
        expect(write.status, `${who} POST payload-jobs-stats`).toBe(403)
      }
      for (const query of ['{ PayloadJobs { docs { id } } }', '{ PayloadJobsStat { stats } }']) {
        const { body } = await fixture.gql(query, token || undefined)
        expect(body.errors?.length, `${who}: ${query}`).toBeGreaterThan(0)
      }
    }
  })
})

describe('login', () => {
  // Sign-in attempts are limited per client address instead (apiAttacks.auth.test.ts): a
  // per-account lock would let anyone lock out anyone, the first admin included.
  it('does not lock an account after wrong passwords: the right one still works', async () => {
    const email = 'lockme@example.gov.cn'
    const password = 'the-right-password'
    await fixture.gazette.payload.create({ collection: 'users', data: { email, password, roles: ['editor'] } })
    const login = (pass: string) =>
      fixture.gazette.rest('/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: pass }),
      })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await login(`wrong-${attempt}`)
      expect(wrong.status, `attempt ${attempt}`).toBe(401)
    }
    const right = await login(password)
    const text = await right.text()
    expect(right.status, text).toBe(200)
    expect(text).toContain('"token"')
  })

  it('answers a wrong password and an unknown account alike', async () => {
    const attempt = async (email: string) => {
      const response = await fixture.gazette.rest('/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password: 'not-the-password' }),
      })
      return { status: response.status, text: await response.text() }
    }
    const known = await attempt(`${SECRET.staffEmail}@example.gov.cn`)
    const unknown = await attempt('nobody-here@example.gov.cn')
    expect(known).toEqual(unknown)
  })
})

describe('error responses', () => {
  it('carry no stack trace, file path or query', async () => {
    const bodies: Array<[string, string]> = []
    for (const path of [
      '/api/documents/999999',
      '/api/documents/not-a-number',
      '/api/documents?where[bogus][equals]=1',
      '/api/documents?where[actsOn.to.title][like]=x',
      '/api/documents?where[title][unknown_operator]=x',
      '/api/documents?depth=-1&limit=-5&page=-2',
      '/api/nope',
      '/api/users',
      '/api/media/file/..%2F..%2Fetc%2Fpasswd',
    ]) {
      bodies.push([path, (await fixture.anon(path)).text])
    }
    bodies.push([
      'POST invalid JSON',
      (await fixture.anon('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' })).text,
    ])
    bodies.push([
      'editor invalid data',
      (await fixture.asEditor('POST', '/api/documents', { title: 'x', kind: 'no-such-kind', issuers: ['abc'], writtenDate: 'yesterday' }))
        .text,
    ])
    bodies.push(['GraphQL syntax', (await fixture.gql('{ Documents( { docs }')).text])
    bodies.push(['GraphQL unknown field', (await fixture.gql('{ Documents { docs { secretField } } }')).text])
    bodies.push(['GraphQL forbidden', (await fixture.gql('{ Users { docs { email } } }')).text])
    bodies.push(['GraphQL bad id', (await fixture.gql('{ Document(id: 123456789) { title } }')).text])
    for (const [where, text] of bodies) {
      expect(text, where).not.toContain('/work/')
      expect(text, where).not.toContain('node_modules')
      expect(text, where).not.toMatch(/\bat .+:\d+:\d+/)
      expect(text, where).not.toMatch(/"stack"/)
      expect(text, where).not.toMatch(/select .* from/i)
      expect(leaked(text), where).toEqual([])
    }
  })
})

describe('internal review notes on a public document', () => {
  let published: number

  beforeAll(async () => {
    // Published as 依申请公开 with a reason, then changed to 主动公开 and published again
    // through the whole review, the publisher adding a note when publishing.
    const data = {
      title: '公开属性改为主动公开的文件',
      kind: 'other',
      issuers: [fixture.orgId],
      writtenDate: '2024-06-01T04:00:00.000Z',
      disclosure: 'on-request',
      disclosureReason: 'STALEREASONTOKEN',
    }
    const created = await call(fixture.gazette, fixture.staff.editor, 'POST', '/api/documents?draft=true', {
      ...data,
      _status: 'draft',
      workflowAction: 'submit',
    })
    published = ((await created.json()) as { doc: { id: number } }).doc.id
    await call(fixture.gazette, fixture.staff.reviewer, 'PATCH', `/api/documents/${published}?draft=true`, { workflowAction: 'approve' })
    await call(fixture.gazette, fixture.staff.publisher, 'PATCH', `/api/documents/${published}`, { _status: 'published' })
    await call(fixture.gazette, fixture.staff.editor, 'PATCH', `/api/documents/${published}?draft=true`, { disclosure: 'proactive' })
    await call(fixture.gazette, fixture.staff.editor, 'PATCH', `/api/documents/${published}?draft=true`, { workflowAction: 'submit' })
    await call(fixture.gazette, fixture.staff.reviewer, 'PATCH', `/api/documents/${published}?draft=true`, {
      workflowAction: 'approve',
      workflowReason: 'APPROVALNOTETOKEN',
    })
    const republished = await call(fixture.gazette, fixture.staff.publisher, 'PATCH', `/api/documents/${published}`, {
      _status: 'published',
      workflowReason: 'PUBLISHERNOTETOKEN',
    })
    expect(republished.status, await republished.clone().text()).toBe(200)
  })

  const publicText = async () =>
    `${(await fixture.anon(`/api/documents/${published}?depth=0`)).text}\n${(await fixture.gql(`{ Document(id: ${published}) { disclosureReason workflowReason } }`)).text}`

  it('is public now', async () => {
    expect((await fixture.anon(`/api/documents/${published}`)).status).toBe(200)
  })

  it('does not show the approval note', async () => {
    expect(await publicText()).not.toContain('APPROVALNOTETOKEN')
  })

  // Internal notes are staff-only fields, and a note typed at publication is not kept in the published version.
  it('does not show a note the publisher typed when publishing', async () => {
    expect(await publicText()).not.toContain('PUBLISHERNOTETOKEN')
  })

  // The disclosure reason is a staff-only field: an earlier 依申请公开 reason never reaches the public.
  it('does not show the reason it was once 依申请公开', async () => {
    expect(await publicText()).not.toContain('STALEREASONTOKEN')
  })

  // Reviewers' exceptions are staff-only fields, like the review record itself.
  it('does not show the reviewer’s reason for allowing personal data', async () => {
    const idCard = '11010519491231002X'
    const created = await call(fixture.gazette, fixture.staff.editor, 'POST', '/api/documents?draft=true', {
      title: '依法公示身份证号的文件',
      kind: 'other',
      issuers: [fixture.orgId],
      writtenDate: '2024-06-01T04:00:00.000Z',
      disclosure: 'proactive',
      body: body(`当事人身份证号码${idCard}。`),
      _status: 'draft',
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await call(fixture.gazette, fixture.staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, {
      personalDataOverrides: [{ text: idCard, reason: 'REVIEWERREASONTOKEN' }],
    })
    await call(fixture.gazette, fixture.staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'submit' })
    await call(fixture.gazette, fixture.staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })
    expect((await call(fixture.gazette, fixture.staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' })).status).toBe(
      200,
    )
    const rest = (await fixture.anon(`/api/documents/${id}?depth=0`)).text
    const graph = (await fixture.gql(`{ Document(id: ${id}) { personalDataOverrides { text reason } } }`)).text
    expect(`${rest}\n${graph}`).not.toContain('REVIEWERREASONTOKEN')
  })
})
