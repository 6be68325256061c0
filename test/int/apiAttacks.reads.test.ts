/**
 * API attacks on the real REST and GraphQL handlers of a real gazette (see
 * helpers/attackFixture.ts): every one is refused or answers nothing hidden.
 * Reading what is hidden, anonymously: drafts, versions, staff-only collections, where-probes on hidden values, deep population.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { call } from './helpers/reviewFlow'
import { type AttackFixture, createAttackFixture, idsIn, leaked, PUBLIC_TITLE, SECRET } from './helpers/attackFixture'

/** The attacked gazette of this file, built in beforeAll. */
let fixture: AttackFixture

beforeAll(async () => {
  fixture = await createAttackFixture()
})
afterAll(() => fixture?.cleanup())

describe('drafts and versions, anonymously', () => {
  it('refuses a never-published draft by id, with or without ?draft=true', async () => {
    for (const path of [
      `/api/documents/${fixture.ids.draft}`,
      `/api/documents/${fixture.ids.draft}?draft=true`,
      `/api/interpretations/${fixture.ids.draftInterp}?draft=true`,
    ]) {
      const { status, text } = await fixture.anon(path)
      expect(status, path).toBe(404)
      expect(leaked(text), path).toEqual([])
    }
  })

  it('shows the published version, not the newer draft, of a published document asked for with ?draft=true', async () => {
    const { status, text } = await fixture.anon(`/api/documents/${fixture.ids.publicWithDraft}?draft=true&depth=2`)
    expect(status).toBe(200)
    expect(text).toContain('已发布的文件')
    expect(leaked(text)).toEqual([])
  })

  it('lists no draft, hidden or withdrawn document with ?draft=true', async () => {
    for (const collection of ['documents', 'interpretations', 'document-relations']) {
      const { text } = await fixture.anon(`/api/${collection}?draft=true&limit=0&depth=3`)
      expect(leaked(text), collection).toEqual([])
    }
    // Control: staff do see them, so the markers are really there.
    const staffView = await fixture.asEditor('GET', '/api/documents?draft=true&limit=0&depth=0')
    expect(staffView.text).toContain(SECRET.draftTitle)
    expect(staffView.text).toContain(SECRET.newerDraft)
  })

  it('refuses the versions endpoints', async () => {
    for (const path of [
      '/api/documents/versions',
      '/api/documents/versions?limit=0&where[parent][equals]=' + fixture.ids.draft,
      `/api/documents/versions/${fixture.versionId}`,
      '/api/interpretations/versions',
    ]) {
      const { status, text } = await fixture.anon(path)
      expect(status, path).toBe(403)
      expect(leaked(text), path).toEqual([])
    }
  })

  it('refuses GraphQL versions and drafts', async () => {
    const versions = await fixture.gql(`{ versionsDocuments(limit: 100) { docs { id version { title body } } } }`)
    expect(versions.body.errors?.[0]?.extensions?.statusCode).toBe(403)
    const version = await fixture.gql(`{ versionDocument(id: "${fixture.versionId}") { id version { title } } }`)
    expect(version.body.errors?.length).toBeGreaterThan(0)
    const drafts = await fixture.gql(
      `{ Documents(draft: true, limit: 100) { docs { id title body } } Document(id: ${fixture.ids.draft}, draft: true) { title } }`,
    )
    for (const { text } of [versions, version, drafts]) expect(leaked(text)).toEqual([])
    // Only published 主动公开 documents; one whose latest version is a draft is left out altogether.
    const listed = (drafts.body.data?.Documents as { docs: Array<{ id: number }> }).docs.map((d) => d.id)
    expect(listed.every((id) => id === fixture.ids.public || id === fixture.ids.publicWithDraft)).toBe(true)
    expect(listed).toContain(fixture.ids.public)
  })
})

describe('staff-only collections, anonymously', () => {
  it('refuses users: list, by id, and an empty /me', async () => {
    for (const path of ['/api/users', `/api/users/${fixture.adminId}`, `/api/users?where[email][like]=secret`, '/api/users/count']) {
      const { status, text } = await fixture.anon(path)
      expect(status, path).toBe(403)
      expect(text, path).not.toContain('@example.gov.cn')
    }
    const me = await fixture.anon('/api/users/me')
    expect(me.status).toBe(200)
    expect(JSON.parse(me.text).user).toBeNull()
  })

  it('refuses review events, number reservations, issuing codes, media, print PDFs, jobs, preferences, locks', async () => {
    for (const collection of [
      'review-events',
      'number-reservations',
      'issuing-codes',
      'media',
      'issue-pdfs',
      'payload-jobs',
      'payload-preferences',
      'payload-locked-documents',
      'payload-kv',
    ]) {
      for (const path of [`/api/${collection}`, `/api/${collection}/1`, `/api/${collection}?limit=0&depth=2`]) {
        const { status, text } = await fixture.anon(path)
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
    const { status, text } = await fixture.anon(`/api/media/file/${encodeURIComponent(fixture.mediaFile)}`)
    expect(status).toBe(403)
    expect(text).not.toContain(SECRET.fileContent)
    const staffRead = await call(fixture.gazette, fixture.staff.editor, 'GET', `/api/media/file/${encodeURIComponent(fixture.mediaFile)}`)
    expect(staffRead.status).toBe(200)
    expect(await staffRead.text()).toContain(SECRET.fileContent)
  })

  it('shows an organisation without the staff-only issuing codes joined to it', async () => {
    const { status, text } = await fixture.anon(`/api/organizations/${fixture.orgId}?depth=2`)
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
    const query = probe.replace('where[id][equals]=0', `where[id][equals]=${fixture.ids.onRequest}`)
    const { status, text } = await fixture.anon(`/api/documents?limit=0&depth=2&${query}`)
    // Either refused as an invalid query, or answered with public documents only.
    if (status === 200) {
      expect(
        idsIn(text).every((id) => id === fixture.ids.public || id === fixture.ids.publicWithDraft),
        text.slice(0, 300),
      ).toBe(true)
    } else {
      expect(status).toBe(400)
    }
    expect(leaked(text)).toEqual([])
  })

  it('counts only public documents', async () => {
    for (const query of ['', '?where[disclosure][equals]=on-request', '?where[_status][equals]=draft&draft=true']) {
      const { text } = await fixture.anon(`/api/documents/count${query}`)
      expect(JSON.parse(text).totalDocs, query).toBe(query === '' ? 2 : 0)
    }
  })

  it('does not match a public interpretation by the title of the hidden document it explains', async () => {
    const hidden = await fixture.anon(`/api/interpretations?where[documents.title][like]=${SECRET.onRequest.slice(0, 12)}&depth=0`)
    expect(idsIn(hidden.text)).toEqual([])
    const reason = await fixture.anon(
      `/api/interpretations?where[documents.disclosureReason][like]=${SECRET.onRequestReason.slice(0, 12)}&depth=0`,
    )
    expect(idsIn(reason.text)).toEqual([])
    // The public may not filter by a related record's fields at all, whatever the value (400: see
    // apiAttacks.filters.test.ts); staff may, and find the interpretation, so the marker is there.
    const control = await fixture.anon(`/api/interpretations?where[documents.title][like]=${PUBLIC_TITLE}&depth=0`)
    expect(control.status).toBe(400)
    const staffControl = await fixture.asEditor(
      'GET',
      `/api/interpretations?where[documents.title][like]=${SECRET.onRequest.slice(0, 12)}&depth=0`,
    )
    expect(idsIn(staffControl.text)).toEqual([fixture.ids.publicInterp])
    const joinControl = await fixture.anon('/api/documents?where[interpretations.title][like]=公开的解读&depth=0')
    expect(joinControl.status).toBe(400)
  })

  it('does not let a join query reach hidden interpretations or relations', async () => {
    for (const query of [
      'joins[interpretations][where][disclosure][equals]=not-disclosed',
      'joins[interpretations][where][_status][equals]=draft',
      'joins[actsOn][where][to][equals]=' + fixture.ids.onRequest,
      'joins[actedOnBy][limit]=0',
    ]) {
      const { text } = await fixture.anon(`/api/documents/${fixture.ids.public}?depth=2&${query}`)
      expect(leaked(text), query).toEqual([])
    }
  })

  it('GraphQL where on hidden values finds nothing', async () => {
    const { text, body } = await fixture.gql(`{
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
    const { text, body } = await fixture.gql(`{ c: Documents(where: { disclosureReason: { like: "SECRET" } }) { docs { id title } } }`)
    expect(JSON.stringify(body.errors ?? [])).toContain('disclosureReason')
    expect(leaked(text)).toEqual([])
  })
})

describe('populating relationships and joins, anonymously', () => {
  it('a public document at any depth shows no hidden interpretation or relation', async () => {
    for (const depth of [1, 2, 5]) {
      const { status, text } = await fixture.anon(`/api/documents/${fixture.ids.public}?depth=${depth}`)
      expect(status).toBe(200)
      expect(leaked(text), `depth ${depth}`).toEqual([])
      const doc = JSON.parse(text) as { interpretations: { docs: unknown[] }; actsOn: { docs: unknown[] }; actedOnBy: { docs: unknown[] } }
      const idOf = (v: unknown) => (typeof v === 'object' && v ? (v as { id: number }).id : v)
      expect(doc.interpretations.docs.map(idOf)).toEqual([fixture.ids.publicInterp])
      expect(doc.actsOn.docs.map(idOf)).toEqual([])
      expect(doc.actedOnBy.docs.map(idOf)).toEqual([fixture.ids.publicToPublic])
    }
  })

  it('a public interpretation does not populate the hidden document it explains', async () => {
    const { text } = await fixture.anon(`/api/interpretations/${fixture.ids.publicInterp}?depth=3`)
    expect(leaked(text)).toEqual([])
    const documents = (JSON.parse(text) as { documents: unknown[] }).documents
    // The public one is populated; the hidden one stays a bare id (its existence is visible: see the report).
    expect(documents.filter((d) => typeof d === 'object').map((d) => (d as { id: number }).id)).toEqual([fixture.ids.public])
  })

  it('relations with a hidden end are not listed, nor readable by id', async () => {
    const { text } = await fixture.anon('/api/document-relations?limit=0&depth=2')
    expect(idsIn(text)).toEqual([fixture.ids.publicToPublic])
    expect(leaked(text)).toEqual([])
    for (const key of ['publicToHidden', 'hiddenToPublic', 'draftToPublic']) {
      const byId = await fixture.anon(`/api/document-relations/${fixture.ids[key]}?depth=2`)
      expect(byId.status, key).toBe(404)
      expect(leaked(byId.text)).toEqual([])
    }
  })

  it('GraphQL joins and relationships show nothing hidden', async () => {
    const { text, body } = await fixture.gql(`{
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
