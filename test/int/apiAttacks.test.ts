/**
 * Attacks on the CMS API, on the real handlers (REST and GraphQL) of a real gazette:
 * every one is refused or answers nothing hidden. Hidden content carries unique marker
 * words (SECRET…), so "nothing hidden" means: no marker in the response body, whatever
 * its status. Anonymous readers first, then an editor trying to exceed the role, login
 * lockout, and what error responses reveal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { call, createStaff, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let staff: Staff
let orgId: number
const ids: Record<string, number> = {}
let adminId: number
let editorId: number
let versionId: string | number
let mediaFile: string

/** Markers of everything the public must never see. */
const SECRET = {
  draftTitle: 'SECRETDRAFTTITLE',
  draftBody: 'SECRETDRAFTBODY',
  newerDraft: 'SECRETNEWERDRAFT',
  onRequest: 'SECRETONREQUESTTITLE',
  onRequestBody: 'SECRETONREQUESTBODY',
  onRequestReason: 'SECRETONREQUESTREASON',
  notDisclosed: 'SECRETNOTDISCLOSEDTITLE',
  notDisclosedReason: 'SECRETNOTDISCLOSEDREASON',
  withdrawnBody: 'SECRETWITHDRAWNBODY',
  withdrawReason: 'SECRETWITHDRAWREASON',
  hiddenInterp: 'SECRETINTERPRETATIONTITLE',
  draftInterp: 'SECRETDRAFTINTERPRETATION',
  attachmentTitle: 'SECRETATTACHMENTTITLE',
  mediaAlt: 'SECRETMEDIAALT',
  fileContent: 'SECRETFILECONTENT',
  issuingCode: '密测发',
  staffEmail: 'secret-staff-member',
}
const secrets = Object.values(SECRET)
const PUBLIC_TITLE = 'PUBLICDOCTITLE'

function leaked(text: string): string[] {
  return secrets.filter((s) => text.includes(s))
}

async function anon(path: string, init?: RequestInit): Promise<{ status: number; text: string }> {
  const response = await gazette.rest(path, init)
  return { status: response.status, text: await response.text() }
}

async function asEditor(method: string, path: string, body?: unknown): Promise<{ status: number; text: string; json: () => Record<string, unknown> }> {
  const response = await call(gazette, staff.editor, method, path, body)
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

async function gql(query: string, token?: string): Promise<{ text: string; body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { statusCode?: number } }> } }> {
  const response = await gazette.graphql(query, token ? { Authorization: `JWT ${token}` } : {})
  const text = await response.text()
  return { text, body: JSON.parse(text) }
}

const idsIn = (text: string) => ((JSON.parse(text) as { docs?: Array<{ id: number }> }).docs ?? []).map((d) => d.id)
const body = (text: string) => markdownToLexical(text) as never

beforeAll(async () => {
  gazette = await startTempGazette()
  const { payload } = gazette
  adminId = (await payload.find({ collection: 'users', limit: 1, depth: 0 })).docs[0]?.id as number
  orgId = (await payload.create({ collection: 'organizations', data: { name: '测试市人民政府', shortName: '市政府', slug: 'test-gov' } })).id
  await payload.create({ collection: 'issuing-codes', data: { code: SECRET.issuingCode, organization: orgId, series: 'docNumber', kind: 'other' } })
  staff = await createStaff(gazette)
  editorId = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.gov.cn' } }, depth: 0 })).docs[0]?.id as number
  await payload.create({ collection: 'users', data: { email: `${SECRET.staffEmail}@example.gov.cn`, password: 'another-long-password', roles: ['reviewer'] } })

  const pdf = Buffer.from(`%PDF-1.4\n% ${SECRET.fileContent}\n%%EOF\n`)
  const media = await payload.create({
    collection: 'media',
    data: { alt: SECRET.mediaAlt },
    file: { data: pdf, mimetype: 'application/pdf', name: 'internal-note.pdf', size: pdf.length },
  })
  mediaFile = String(media.filename)

  const base = { kind: 'other' as const, issuers: [orgId], writtenDate: '2024-03-01T04:00:00.000Z', disclosure: 'proactive' as const }
  const create = async (key: string, data: Record<string, unknown>, draft = false) => {
    const doc = await payload.create({ collection: 'documents', data: { ...base, ...data } as never, draft, depth: 0 })
    ids[key] = doc.id
    return doc.id
  }
  await create('public', { title: PUBLIC_TITLE, slug: 'public-doc', body: body('公开正文'), _status: 'published' })
  await create('publicWithDraft', { title: '已发布的文件', slug: 'public-with-draft', _status: 'published' })
  await payload.update({ collection: 'documents', id: ids.publicWithDraft as number, data: { title: SECRET.newerDraft, body: body(SECRET.newerDraft) }, draft: true })
  await create('draft', { title: SECRET.draftTitle, slug: 'draft-doc', body: body(SECRET.draftBody), _status: 'draft', reviewState: 'approved', interpretationBody: orgId }, true)
  await create('onRequest', {
    title: SECRET.onRequest,
    slug: 'on-request-doc',
    body: body(SECRET.onRequestBody),
    disclosure: 'on-request',
    disclosureReason: SECRET.onRequestReason,
    interpretationBody: orgId,
    attachments: [{ title: SECRET.attachmentTitle, file: media.id }],
    _status: 'published',
  })
  await create('notDisclosed', { title: SECRET.notDisclosed, slug: 'not-disclosed-doc', disclosure: 'not-disclosed', disclosureReason: SECRET.notDisclosedReason, _status: 'published' })
  await create('withdrawn', { title: '将被撤回的文件', slug: 'withdrawn-doc', body: body(SECRET.withdrawnBody), _status: 'published' })
  const withdrawal = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${ids.withdrawn}?draft=true`, { workflowAction: 'withdraw', workflowReason: SECRET.withdrawReason })
  expect(withdrawal.status).toBe(200)

  const interp = async (key: string, data: Record<string, unknown>, draft = false) => {
    const doc = await payload.create({
      collection: 'interpretations',
      data: { form: 'text', interpretationBody: orgId, disclosure: 'proactive', ...data } as never,
      draft,
      depth: 0,
    })
    ids[key] = doc.id
  }
  // A public interpretation of a public and a hidden document; a hidden and a draft one of the public document.
  await interp('publicInterp', { title: '公开的解读', documents: [ids.public, ids.onRequest], _status: 'published' })
  await interp('hiddenInterp', { title: SECRET.hiddenInterp, documents: [ids.public], disclosure: 'not-disclosed', disclosureReason: '内部', _status: 'published' })
  await interp('draftInterp', { title: SECRET.draftInterp, documents: [ids.public], _status: 'draft' }, true)

  const relation = async (key: string, from: number, to: number) => {
    ids[key] = (await payload.create({ collection: 'document-relations', data: { from, to, kind: 'amends', date: '2025-01-01T04:00:00.000Z' } })).id
  }
  await relation('publicToHidden', ids.public as number, ids.onRequest as number)
  await relation('hiddenToPublic', ids.notDisclosed as number, ids.public as number)
  await relation('draftToPublic', ids.draft as number, ids.public as number)
  await relation('publicToPublic', ids.publicWithDraft as number, ids.public as number)

  const versions = await payload.findVersions({ collection: 'documents', where: { parent: { equals: ids.draft } }, limit: 1, depth: 0 })
  versionId = versions.docs[0]?.id as string | number
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('drafts and versions, anonymously', () => {
  it('refuses a never-published draft by id, with or without ?draft=true', async () => {
    for (const path of [`/api/documents/${ids.draft}`, `/api/documents/${ids.draft}?draft=true`, `/api/interpretations/${ids.draftInterp}?draft=true`]) {
      const { status, text } = await anon(path)
      expect(status, path).toBe(404)
      expect(leaked(text), path).toEqual([])
    }
  })

  it('shows the published version, not the newer draft, of a published document asked for with ?draft=true', async () => {
    const { status, text } = await anon(`/api/documents/${ids.publicWithDraft}?draft=true&depth=2`)
    expect(status).toBe(200)
    expect(text).toContain('已发布的文件')
    expect(leaked(text)).toEqual([])
  })

  it('lists no draft, hidden or withdrawn document with ?draft=true', async () => {
    for (const collection of ['documents', 'interpretations', 'document-relations']) {
      const { text } = await anon(`/api/${collection}?draft=true&limit=0&depth=3`)
      expect(leaked(text), collection).toEqual([])
    }
    // Control: staff do see them, so the markers are really there.
    const staffView = await asEditor('GET', '/api/documents?draft=true&limit=0&depth=0')
    expect(staffView.text).toContain(SECRET.draftTitle)
    expect(staffView.text).toContain(SECRET.newerDraft)
  })

  it('refuses the versions endpoints', async () => {
    for (const path of [
      '/api/documents/versions',
      '/api/documents/versions?limit=0&where[parent][equals]=' + ids.draft,
      `/api/documents/versions/${versionId}`,
      '/api/interpretations/versions',
    ]) {
      const { status, text } = await anon(path)
      expect(status, path).toBe(403)
      expect(leaked(text), path).toEqual([])
    }
  })

  it('refuses GraphQL versions and drafts', async () => {
    const versions = await gql(`{ versionsDocuments(limit: 100) { docs { id version { title body } } } }`)
    expect(versions.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const version = await gql(`{ versionDocument(id: "${versionId}") { id version { title } } }`)
    expect(version.body.errors?.length).toBeGreaterThan(0)
    const drafts = await gql(`{ Documents(draft: true, limit: 100) { docs { id title body } } Document(id: ${ids.draft}, draft: true) { title } }`)
    for (const { text } of [versions, version, drafts]) expect(leaked(text)).toEqual([])
    // Only published 主动公开 documents; one whose latest version is a draft is left out altogether.
    const listed = (drafts.body.data?.Documents as { docs: Array<{ id: number }> }).docs.map((d) => d.id)
    expect(listed.every((id) => id === ids.public || id === ids.publicWithDraft)).toBe(true)
    expect(listed).toContain(ids.public)
  })
})

describe('staff-only collections, anonymously', () => {
  it('refuses users: list, by id, and an empty /me', async () => {
    for (const path of ['/api/users', `/api/users/${adminId}`, `/api/users?where[email][like]=secret`, '/api/users/count']) {
      const { status, text } = await anon(path)
      expect(status, path).toBe(403)
      expect(text, path).not.toContain('@example.gov.cn')
    }
    const me = await anon('/api/users/me')
    expect(me.status).toBe(200)
    expect(JSON.parse(me.text).user).toBeNull()
  })

  it('refuses review events, number reservations, issuing codes, media, jobs, preferences, locks', async () => {
    for (const collection of ['review-events', 'number-reservations', 'issuing-codes', 'media', 'payload-jobs', 'payload-preferences', 'payload-locked-documents', 'payload-kv']) {
      for (const path of [`/api/${collection}`, `/api/${collection}/1`, `/api/${collection}?limit=0&depth=2`]) {
        const { status, text } = await anon(path)
        if (collection === 'payload-preferences' && path.endsWith('/1')) {
          // Payload's own endpoint: a preference by key, of the signed-in user; none for nobody.
          expect(JSON.parse(text)).toMatchObject({ value: null })
        } else {
          expect(status, path).toBe(403)
        }
        expect(leaked(text), path).toEqual([])
      }
    }
  })

  it('refuses an uploaded file by its URL, which staff can read', async () => {
    const { status, text } = await anon(`/api/media/file/${encodeURIComponent(mediaFile)}`)
    expect(status).toBe(403)
    expect(text).not.toContain(SECRET.fileContent)
    const staffRead = await call(gazette, staff.editor, 'GET', `/api/media/file/${encodeURIComponent(mediaFile)}`)
    expect(staffRead.status).toBe(200)
    expect(await staffRead.text()).toContain(SECRET.fileContent)
  })

  it('shows an organisation without the staff-only issuing codes joined to it', async () => {
    const { status, text } = await anon(`/api/organizations/${orgId}?depth=2`)
    expect(status).toBe(200)
    expect(leaked(text)).toEqual([])
  })
})

describe('where-queries that probe hidden values, anonymously', () => {
  const probes = [
    'where[disclosure][equals]=on-request',
    'where[disclosure][equals]=not-disclosed',
    'where[disclosure][not_equals]=proactive',
    'where[disclosure][in]=on-request,not-disclosed',
    `where[disclosureReason][like]=${SECRET.onRequestReason.slice(0, 8)}`,
    'where[disclosureReason][exists]=true',
    'where[_status][equals]=draft',
    'where[_status][equals]=draft&draft=true',
    'where[reviewState][equals]=approved&draft=true',
    'where[reviewState][equals]=withdrawn',
    'where[withdrawnAt][exists]=true&draft=true',
    `where[title][like]=${SECRET.draftTitle.slice(0, 10)}&draft=true`,
    `where[id][equals]=${0}`,
    'where[or][0][disclosure][equals]=on-request&where[or][1][_status][equals]=draft',
    'where[or][0][id][exists]=true&where[or][1][disclosure][equals]=not-disclosed',
    'where[interpretationBody.name][exists]=true',
    'where[interpretationBody.name][like]=测试',
    `where[interpretations.title][like]=${SECRET.hiddenInterp.slice(0, 12)}`,
    `where[attachments.title][like]=${SECRET.attachmentTitle.slice(0, 12)}`,
    'sort=disclosureReason',
    'sort=-reviewState&draft=true',
  ]

  it.each(probes)('/api/documents?%s returns only public documents', async (probe) => {
    const query = probe.replace('where[id][equals]=0', `where[id][equals]=${ids.onRequest}`)
    const { status, text } = await anon(`/api/documents?limit=0&depth=2&${query}`)
    // Either refused as an invalid query, or answered with public documents only.
    if (status === 200) {
      expect(idsIn(text).every((id) => id === ids.public || id === ids.publicWithDraft), text.slice(0, 300)).toBe(true)
    } else {
      expect(status).toBe(400)
    }
    expect(leaked(text)).toEqual([])
  })

  it('counts only public documents', async () => {
    for (const query of ['', '?where[disclosure][equals]=on-request', '?where[_status][equals]=draft&draft=true']) {
      const { text } = await anon(`/api/documents/count${query}`)
      expect(JSON.parse(text).totalDocs, query).toBe(query === '' ? 2 : 0)
    }
  })

  it('does not match a public interpretation by the title of the hidden document it explains', async () => {
    const hidden = await anon(`/api/interpretations?where[documents.title][like]=${SECRET.onRequest.slice(0, 12)}&depth=0`)
    expect(idsIn(hidden.text)).toEqual([])
    const reason = await anon(`/api/interpretations?where[documents.disclosureReason][like]=${SECRET.onRequestReason.slice(0, 12)}&depth=0`)
    expect(idsIn(reason.text)).toEqual([])
    // Control: the same query on the public document's title finds it.
    const control = await anon(`/api/interpretations?where[documents.title][like]=${PUBLIC_TITLE}&depth=0`)
    expect(idsIn(control.text)).toEqual([ids.publicInterp])
    const joinControl = await anon('/api/documents?where[interpretations.title][like]=公开的解读&depth=0')
    expect(idsIn(joinControl.text)).toEqual([ids.public])
  })

  it('does not let a join query reach hidden interpretations or relations', async () => {
    for (const query of [
      'joins[interpretations][where][disclosure][equals]=not-disclosed',
      'joins[interpretations][where][_status][equals]=draft',
      'joins[actsOn][where][to][equals]=' + ids.onRequest,
      'joins[actedOnBy][limit]=0',
    ]) {
      const { text } = await anon(`/api/documents/${ids.public}?depth=2&${query}`)
      expect(leaked(text), query).toEqual([])
    }
  })

  it('GraphQL where on hidden values finds nothing', async () => {
    const { text, body } = await gql(`{
      a: Documents(where: { disclosure: { equals: on_request } }) { docs { id title } }
      b: Documents(draft: true, where: { _status: { equals: draft } }) { docs { id title } }
      d: Documents(draft: true, where: { title: { like: "SECRET" } }) { docs { id title } }
      e: Interpretations(draft: true, where: { disclosure: { not_equals: proactive } }) { docs { id title } }
    }`)
    expect(body.errors).toBeUndefined()
    for (const key of ['a', 'b', 'd', 'e']) expect((body.data?.[key] as { docs: unknown[] }).docs, key).toEqual([])
    expect(leaked(text)).toEqual([])
  })

  it('GraphQL where on a staff-only field is refused outright', async () => {
    const { text, body } = await gql(`{ c: Documents(where: { disclosureReason: { like: "SECRET" } }) { docs { id title } } }`)
    expect(JSON.stringify(body.errors ?? [])).toContain('disclosureReason')
    expect(leaked(text)).toEqual([])
  })
})

describe('populating relationships and joins, anonymously', () => {
  it('a public document at any depth shows no hidden interpretation or relation', async () => {
    for (const depth of [1, 2, 5]) {
      const { status, text } = await anon(`/api/documents/${ids.public}?depth=${depth}`)
      expect(status).toBe(200)
      expect(leaked(text), `depth ${depth}`).toEqual([])
      const doc = JSON.parse(text) as { interpretations: { docs: unknown[] }; actsOn: { docs: unknown[] }; actedOnBy: { docs: unknown[] } }
      const idOf = (v: unknown) => (typeof v === 'object' && v ? (v as { id: number }).id : v)
      expect(doc.interpretations.docs.map(idOf)).toEqual([ids.publicInterp])
      expect(doc.actsOn.docs.map(idOf)).toEqual([])
      expect(doc.actedOnBy.docs.map(idOf)).toEqual([ids.publicToPublic])
    }
  })

  it('a public interpretation does not populate the hidden document it explains', async () => {
    const { text } = await anon(`/api/interpretations/${ids.publicInterp}?depth=3`)
    expect(leaked(text)).toEqual([])
    const documents = (JSON.parse(text) as { documents: unknown[] }).documents
    // The public one is populated; the hidden one stays a bare id (its existence is visible: see the report).
    expect(documents.filter((d) => typeof d === 'object').map((d) => (d as { id: number }).id)).toEqual([ids.public])
  })

  it('relations with a hidden end are not listed, nor readable by id', async () => {
    const { text } = await anon('/api/document-relations?limit=0&depth=2')
    expect(idsIn(text)).toEqual([ids.publicToPublic])
    expect(leaked(text)).toEqual([])
    for (const key of ['publicToHidden', 'hiddenToPublic', 'draftToPublic']) {
      const byId = await anon(`/api/document-relations/${ids[key]}?depth=2`)
      expect(byId.status, key).toBe(404)
      expect(leaked(byId.text)).toEqual([])
    }
  })

  it('GraphQL joins and relationships show nothing hidden', async () => {
    const { text, body } = await gql(`{
      Documents(limit: 100) { docs { title interpretations { docs { title documents { title body } } }
        actsOn { docs { from { title } to { title body disclosureReason } } }
        actedOnBy { docs { from { title body disclosureReason } to { title } } } } }
      Interpretations(limit: 100) { docs { title documents { id title body disclosureReason attachments { title } } } }
      DocumentRelations(limit: 100) { docs { from { title } to { title } } }
      Organizations { docs { name issuingCodes { docs { code } } } }
    }`)
    expect(leaked(text)).toEqual([])
    expect(body.data?.Documents).toBeTruthy()
  })
})

describe('GraphQL, anonymously', () => {
  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
  type FieldInfo = { name: string; args: Array<{ name: string; type: TypeRef }>; type: TypeRef }
  const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t)

  it('introspection (enabled outside production): every query field refuses or shows nothing hidden', async () => {
    const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'
    const { body } = await gql(`{ __schema { queryType { fields { name args { name type { ${ref} } } type { ${ref} } } }
      types { name kind fields { name args { name type { kind } } type { ${ref} } } } } }`)
    const schema = body.data?.__schema as { queryType: { fields: FieldInfo[] }; types: Array<{ name: string; kind: string; fields: FieldInfo[] | null }> }
    const types = new Map(schema.types.map((t) => [t.name, t]))
    const leaves = (typeName: string | null, level = 0): string => {
      const type = typeName ? types.get(typeName) : undefined
      if (!type?.fields) return '__typename'
      const parts = type.fields.flatMap((f) => {
        if (f.args.some((a) => a.type.kind === 'NON_NULL')) return []
        const inner = named(f.type)
        if (inner.kind === 'SCALAR' || inner.kind === 'ENUM') return [f.name]
        if (inner.kind === 'OBJECT' && level < 1) return [`${f.name} { ${leaves(inner.name, level + 1)} }`]
        return []
      })
      return parts.length ? parts.join(' ') : '__typename'
    }
    const outcomes: string[] = []
    for (const field of schema.queryType.fields) {
      const required = field.args.filter((a) => a.type.kind === 'NON_NULL')
      const idArg = field.args.find((a) => a.name === 'id')
      const isString = idArg && named(idArg.type).name === 'String'
      const targetId = field.name.startsWith('version')
        ? versionId
        : /Interpretation/.test(field.name)
          ? ids.hiddenInterp
          : /DocumentRelation/.test(field.name)
            ? ids.publicToHidden
            : /User/.test(field.name)
              ? adminId
              : /Document/.test(field.name)
                ? ids.onRequest
                : 1
      if (required.some((a) => a.name !== 'id')) {
        outcomes.push(`${field.name}: skipped (needs ${required.map((a) => a.name).join(', ')})`)
        continue
      }
      const variants = [required.length ? `(id: ${isString ? `"${targetId}"` : targetId})` : '']
      if (field.args.some((a) => a.name === 'draft')) variants.push(required.length ? `(id: ${isString ? `"${targetId}"` : targetId}, draft: true)` : '(draft: true)')
      for (const args of variants) {
        const query = `{ ${field.name}${args} { ${leaves(named(field.type).name)} } }`
        const result = await gql(query)
        expect(leaked(result.text), query).toEqual([])
        const error = result.body.errors?.[0]
        const value = result.body.data?.[field.name] as { docs?: unknown[]; totalDocs?: number } | null | undefined
        const outcome = error ? `refused (${error.extensions?.statusCode ?? error.message.slice(0, 40)})` : value?.docs ? `${value.docs.length} docs` : value === null ? 'null' : 'answered'
        outcomes.push(`${field.name}${args}: ${outcome}`)
        // Whatever answers, answers with public documents only.
        if (value?.docs && /^(Documents|Interpretations|DocumentRelations)$/.test(field.name)) expect(value.docs.length, query).toBeLessThanOrEqual(2)
        if (/^(Users|ReviewEvents|NumberReservations|IssuingCodes|Media|PayloadJobs|PayloadPreferences|PayloadLockedDocuments|PayloadKvs|versions)/.test(field.name) || /^version[A-Z]/.test(field.name)) {
          expect(error, `${query} should be refused`).toBeTruthy()
        }
      }
    }
    console.log(`GraphQL query fields tried anonymously (${schema.queryType.fields.length}):\n  ${outcomes.join('\n  ')}`)
  })

  it('refuses anonymous mutations', async () => {
    for (const mutation of [
      `mutation { createDocument(data: { title: "x", kind: other, issuers: [${orgId}], writtenDate: "2024-01-01", disclosure: proactive }) { id } }`,
      `mutation { updateDocument(id: ${ids.public}, data: { title: "defaced" }) { id } }`,
      `mutation { deleteDocument(id: ${ids.public}) { id } }`,
      `mutation { updateUser(id: ${adminId}, data: { roles: editor }) { id } }`,
    ]) {
      const { body } = await gql(mutation)
      expect(body.errors?.length, mutation).toBeGreaterThan(0)
    }
    const stored = await gazette.payload.findByID({ collection: 'documents', id: ids.public as number, depth: 0 })
    expect(stored.title).toBe(PUBLIC_TITLE)
  })
})

describe('anonymous writes', () => {
  it('are refused on every collection', async () => {
    const json = (method: string, data: unknown): RequestInit => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) })
    const attempts: Array<[string, RequestInit]> = [
      ['/api/documents', json('POST', { title: 'x', kind: 'other', issuers: [orgId], writtenDate: '2024-01-01', disclosure: 'proactive', _status: 'published' })],
      [`/api/documents/${ids.public}`, json('PATCH', { title: 'defaced' })],
      [`/api/documents/${ids.draft}?draft=true`, json('PATCH', { _status: 'published' })],
      [`/api/documents/${ids.public}`, { method: 'DELETE' }],
      [`/api/documents/${ids.draft}/duplicate`, json('POST', {})],
      ['/api/organizations', json('POST', { name: '假机关', slug: 'fake' })],
      ['/api/document-relations', json('POST', { from: ids.public, to: ids.publicWithDraft, kind: 'repeals', date: '2025-01-01' })],
      ['/api/users', json('POST', { email: 'intruder@example.com', password: 'intruder-password', roles: ['admin'] })],
      ['/api/users/first-register', json('POST', { email: 'intruder@example.com', password: 'intruder-password' })],
      ['/api/users/unlock', json('POST', { email: 'editor@example.gov.cn' })],
    ]
    for (const [path, init] of attempts) {
      const { status, text } = await anon(path, init)
      expect(status, `${init.method} ${path}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
      expect(leaked(text)).toEqual([])
    }
    expect((await gazette.payload.findByID({ collection: 'documents', id: ids.public as number, depth: 0 })).title).toBe(PUBLIC_TITLE)
    expect((await gazette.payload.find({ collection: 'users', where: { email: { equals: 'intruder@example.com' } } })).totalDocs).toBe(0)
  })
})

describe('an editor exceeding the role', () => {
  it('cannot grant themselves roles, through REST or GraphQL', async () => {
    const rest = await asEditor('PATCH', `/api/users/${editorId}`, { roles: ['admin'] })
    expect(rest.status).toBeLessThan(500)
    const graph = await gql(`mutation { updateUser(id: ${editorId}, data: { roles: [admin, publisher] }) { roles } }`, staff.editor)
    expect(graph.text).not.toContain('admin')
    const stored = await gazette.payload.findByID({ collection: 'users', id: editorId, depth: 0 })
    expect(stored.roles).toEqual(['editor'])
  })

  it('cannot read or change other users, nor create one', async () => {
    const list = await asEditor('GET', '/api/users?limit=0')
    expect(idsIn(list.text)).toEqual([editorId])
    expect(list.text).not.toContain(SECRET.staffEmail)
    expect((await asEditor('GET', `/api/users/${adminId}`)).status).toBe(404)
    const patch = await asEditor('PATCH', `/api/users/${adminId}`, { email: 'taken-over@example.gov.cn', password: 'taken-over-password' })
    expect(patch.status).toBeGreaterThanOrEqual(400)
    const created = await asEditor('POST', '/api/users', { email: 'friend@example.gov.cn', password: 'friend-password-1', roles: ['publisher'] })
    expect(created.status).toBe(403)
    const admin = await gazette.payload.findByID({ collection: 'users', id: adminId, depth: 0 })
    expect(admin.email).toBe('first-admin@example.gov.cn')
  })

  it('cannot set the review state, publish, approve, allow personal data, schedule or delete', async () => {
    const forged = await asEditor('POST', '/api/documents?draft=true', {
      title: '自称已发布的文件',
      kind: 'other',
      issuers: [orgId],
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

    const publish = await asEditor('PATCH', `/api/documents/${doc.id}`, { _status: 'published' })
    expect(publish.status).toBe(400)
    const submit = await asEditor('PATCH', `/api/documents/${doc.id}?draft=true`, { workflowAction: 'submit' })
    expect(submit.status).toBe(200)
    const approve = await asEditor('PATCH', `/api/documents/${doc.id}?draft=true`, { workflowAction: 'approve' })
    expect(approve.status).toBe(400)
    const direct = await asEditor('POST', '/api/documents', { title: '编辑直接发布', kind: 'other', issuers: [orgId], writtenDate: '2024-01-01T04:00:00.000Z', disclosure: 'proactive', _status: 'published' })
    expect(direct.status).toBe(400)
    const viaGraphql = await gql(`mutation { updateDocument(id: ${doc.id}, data: { _status: published }) { _status } }`, staff.editor)
    expect(viaGraphql.body.errors?.length).toBeGreaterThan(0)
    expect((await asEditor('DELETE', `/api/documents/${ids.public}`)).status).toBe(403)

    const titles = (await anon('/api/documents?limit=0&depth=0')).text
    expect(titles).not.toContain('自称已发布的文件')
    expect(titles).not.toContain('编辑直接发布')
    const stored = await gazette.payload.findByID({ collection: 'documents', id: doc.id, draft: true, depth: 0 })
    expect(stored.reviewState).toBe('submitted')
    expect(stored._status).toBe('draft')
  })

  it('cannot forge or erase the review record, number register or issuing codes', async () => {
    const before = (await gazette.payload.find({ collection: 'review-events', limit: 0, depth: 0 })).totalDocs
    const attempts: Array<[string, string, unknown]> = [
      ['POST', '/api/review-events', { item: { relationTo: 'documents', value: ids.draft }, action: 'approve', fromState: 'submitted', toState: 'approved' }],
      ['PATCH', '/api/review-events/1', { reason: '篡改' }],
      ['DELETE', '/api/review-events/1', undefined],
      ['POST', '/api/number-reservations', { series: 'x', serial: 1 }],
      ['POST', '/api/issuing-codes', { code: '伪发', organization: orgId, series: 'docNumber', kind: 'other' }],
      ['PATCH', `/api/organizations/${orgId}`, { name: '被改名的机关' }],
    ]
    for (const [method, path, data] of attempts) {
      const { status } = await asEditor(method, path, data)
      expect(status, `${method} ${path}`).toBe(403)
    }
    expect((await gazette.payload.find({ collection: 'review-events', limit: 0, depth: 0 })).totalDocs).toBe(before)
  })
})

describe('login', () => {
  it('locks an account after 5 wrong passwords: the 6th attempt, with the right one, is refused', async () => {
    const email = 'lockme@example.gov.cn'
    const password = 'the-right-password'
    await gazette.payload.create({ collection: 'users', data: { email, password, roles: ['editor'] } })
    const login = (pass: string) =>
      gazette.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: pass }) })
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const wrong = await login(`wrong-${attempt}`)
      expect(wrong.status, `attempt ${attempt}`).toBe(401)
    }
    const right = await login(password)
    const text = await right.text()
    expect(right.status, text).toBeGreaterThanOrEqual(400)
    expect(text).not.toContain('"token"')
    // The lock is stored, not a per-process counter.
    const stored = await gazette.payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true, depth: 0 })
    expect((stored.docs[0] as { lockUntil?: string | null }).lockUntil).toBeTruthy()
  })

  it('answers a wrong password and an unknown account alike', async () => {
    const attempt = async (email: string) => {
      const response = await gazette.rest('/api/users/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password: 'not-the-password' }) })
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
      bodies.push([path, (await anon(path)).text])
    }
    bodies.push(['POST invalid JSON', (await anon('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{not json' })).text])
    bodies.push(['editor invalid data', (await asEditor('POST', '/api/documents', { title: 'x', kind: 'no-such-kind', issuers: ['abc'], writtenDate: 'yesterday' })).text])
    bodies.push(['GraphQL syntax', (await gql('{ Documents( { docs }')).text])
    bodies.push(['GraphQL unknown field', (await gql('{ Documents { docs { secretField } } }')).text])
    bodies.push(['GraphQL forbidden', (await gql('{ Users { docs { email } } }')).text])
    bodies.push(['GraphQL bad id', (await gql('{ Document(id: 123456789) { title } }')).text])
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
    const data = { title: '公开属性改为主动公开的文件', kind: 'other', issuers: [orgId], writtenDate: '2024-06-01T04:00:00.000Z', disclosure: 'on-request', disclosureReason: 'STALEREASONTOKEN' }
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', { ...data, _status: 'draft', workflowAction: 'submit' })
    published = ((await created.json()) as { doc: { id: number } }).doc.id
    await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${published}?draft=true`, { workflowAction: 'approve' })
    await call(gazette, staff.publisher, 'PATCH', `/api/documents/${published}`, { _status: 'published' })
    await call(gazette, staff.editor, 'PATCH', `/api/documents/${published}?draft=true`, { disclosure: 'proactive' })
    await call(gazette, staff.editor, 'PATCH', `/api/documents/${published}?draft=true`, { workflowAction: 'submit' })
    await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${published}?draft=true`, { workflowAction: 'approve', workflowReason: 'APPROVALNOTETOKEN' })
    const republished = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${published}`, { _status: 'published', workflowReason: 'PUBLISHERNOTETOKEN' })
    expect(republished.status, await republished.clone().text()).toBe(200)
  })

  const publicText = async () => `${(await anon(`/api/documents/${published}?depth=0`)).text}\n${(await gql(`{ Document(id: ${published}) { disclosureReason workflowReason } }`)).text}`

  it('is public now', async () => {
    expect((await anon(`/api/documents/${published}`)).status).toBe(200)
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
    const created = await call(gazette, staff.editor, 'POST', '/api/documents?draft=true', {
      title: '依法公示身份证号的文件',
      kind: 'other',
      issuers: [orgId],
      writtenDate: '2024-06-01T04:00:00.000Z',
      disclosure: 'proactive',
      body: body(`当事人身份证号码${idCard}。`),
      _status: 'draft',
    })
    const id = ((await created.json()) as { doc: { id: number } }).doc.id
    await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { personalDataOverrides: [{ text: idCard, reason: 'REVIEWERREASONTOKEN' }] })
    await call(gazette, staff.editor, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'submit' })
    await call(gazette, staff.reviewer, 'PATCH', `/api/documents/${id}?draft=true`, { workflowAction: 'approve' })
    expect((await call(gazette, staff.publisher, 'PATCH', `/api/documents/${id}`, { _status: 'published' })).status).toBe(200)
    const rest = (await anon(`/api/documents/${id}?depth=0`)).text
    const graph = (await gql(`{ Document(id: ${id}) { personalDataOverrides { text reason } } }`)).text
    expect(`${rest}\n${graph}`).not.toContain('REVIEWERREASONTOKEN')
  })
})
