/**
 * API attacks on the real REST and GraphQL handlers of a real gazette (see
 * helpers/attackFixture.ts): every one is refused or answers nothing hidden.
 * GraphQL, anonymously, its error messages, and anonymous writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AttackFixture, createAttackFixture, leaked, PUBLIC_TITLE } from './helpers/attackFixture'

/** The attacked gazette of this file, built in beforeAll. */
let fixture: AttackFixture

beforeAll(async () => {
  fixture = await createAttackFixture()
})
afterAll(() => fixture?.cleanup())

describe('GraphQL, anonymously', () => {
  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
  type FieldInfo = { name: string; args: Array<{ name: string; type: TypeRef }>; type: TypeRef }
  const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t)

  it('introspection (enabled outside production): every query field refuses or shows nothing hidden', async () => {
    const ref = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'
    const { body } = await fixture.gql(`{ __schema { queryType { fields { name args { name type { ${ref} } } type { ${ref} } } }
      types { name kind fields { name args { name type { kind } } type { ${ref} } } } } }`)
    const schema = body.data?.__schema as {
      queryType: { fields: FieldInfo[] }
      types: Array<{ name: string; kind: string; fields: FieldInfo[] | null }>
    }
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
        ? fixture.versionId
        : /Interpretation/.test(field.name)
          ? fixture.ids.hiddenInterp
          : /DocumentRelation/.test(field.name)
            ? fixture.ids.publicToHidden
            : /User/.test(field.name)
              ? fixture.adminId
              : /Document/.test(field.name)
                ? fixture.ids.onRequest
                : 1
      if (required.some((a) => a.name !== 'id')) {
        outcomes.push(`${field.name}: skipped (needs ${required.map((a) => a.name).join(', ')})`)
        continue
      }
      const variants = [required.length ? `(id: ${isString ? `"${targetId}"` : targetId})` : '']
      if (field.args.some((a) => a.name === 'draft'))
        variants.push(required.length ? `(id: ${isString ? `"${targetId}"` : targetId}, draft: true)` : '(draft: true)')
      for (const args of variants) {
        const query = `{ ${field.name}${args} { ${leaves(named(field.type).name)} } }`
        const result = await fixture.gql(query)
        expect(leaked(result.text), query).toEqual([])
        const error = result.body.errors?.[0]
        const value = result.body.data?.[field.name] as { docs?: unknown[]; totalDocs?: number } | null | undefined
        const outcome = error
          ? `refused (${error.extensions?.statusCode ?? error.message.slice(0, 40)})`
          : value?.docs
            ? `${value.docs.length} docs`
            : value === null
              ? 'null'
              : 'answered'
        outcomes.push(`${field.name}${args}: ${outcome}`)
        // Whatever answers, answers with public documents only.
        if (value?.docs && /^(Documents|Interpretations|DocumentRelations)$/.test(field.name))
          expect(value.docs.length, query).toBeLessThanOrEqual(2)
        if (
          /^(Users|ReviewEvents|NumberReservations|IssuingCodes|Media|PayloadJobs|PayloadPreferences|PayloadLockedDocuments|PayloadKvs|versions)/.test(
            field.name,
          ) ||
          /^version[A-Z]/.test(field.name)
        ) {
          expect(error, `${query} should be refused`).toBeTruthy()
        }
      }
    }
    console.log(`GraphQL query fields tried anonymously (${schema.queryType.fields.length}):\n  ${outcomes.join('\n  ')}`)
  })

  it('refuses anonymous mutations', async () => {
    for (const mutation of [
      `mutation { createDocument(data: { title: "x", kind: other, issuers: [${fixture.orgId}], writtenDate: "2024-01-01", disclosure: proactive }) { id } }`,
      `mutation { updateDocument(id: ${fixture.ids.public}, data: { title: "defaced" }) { id } }`,
      `mutation { deleteDocument(id: ${fixture.ids.public}) { id } }`,
      `mutation { updateUser(id: ${fixture.adminId}, data: { roles: editor }) { id } }`,
    ]) {
      const { body } = await fixture.gql(mutation)
      expect(body.errors?.length, mutation).toBeGreaterThan(0)
    }
    const stored = await fixture.gazette.payload.findByID({ collection: 'documents', id: fixture.ids.public as number, depth: 0 })
    expect(stored.title).toBe(PUBLIC_TITLE)
  })
})

describe('GraphQL error messages', () => {
  // Typos of field names that are in the schema but hidden from the public (staff-only
  // fields such as workflowReason and reviewState), of an argument, a type and an enum value.
  const typos = [
    '{ Documents { docs { workflowReasn } } }',
    '{ Document(id: 1) { reviewStat } }',
    '{ Documents(where: { workflowReasn: { equals: "x" } }) { docs { id } } }',
    '{ Documents(wher: {}) { docs { id } } }',
    '{ Document(id: 1) { ... on Documen { id } } }',
  ]
  const hiddenNames = /workflowReason|workflowAction|reviewState|Did you mean/

  const withVariables = async (query: string, variables: Record<string, unknown>) => {
    const response = await fixture.gazette.graphql(query, {}, variables)
    return (await response.json()) as { errors?: Array<{ message: string }> }
  }

  it('suggest no field names to the public, and still say what is wrong', async () => {
    for (const query of typos) {
      const { body } = await fixture.gql(query)
      const messages = (body.errors ?? []).map((e) => e.message).join('\n')
      expect(messages, query).toMatch(
        /Cannot query field "\w+" on type|is not defined by type|Unknown argument "wher"|Unknown type "Documen"/,
      )
      expect(messages, query).not.toMatch(hiddenNames)
    }
    const variable = await withVariables('query($w: Document_where) { Documents(where: $w) { docs { id } } }', {
      w: { workflowReasn: { equals: 'x' } },
    })
    const messages = (variable.errors ?? []).map((e) => e.message).join('\n')
    expect(messages).toMatch(/not defined by type "Document_where"/)
    expect(messages).not.toMatch(hiddenNames)
  })

  it('keep the suggestions for staff outside production', async () => {
    const { body } = await fixture.gql(typos[0] as string, fixture.staff.editor)
    expect(body.errors?.[0]?.message).toMatch(/Did you mean "workflowReason"/)
  })
})

describe('anonymous writes', () => {
  it('are refused on every collection', async () => {
    const json = (method: string, data: unknown): RequestInit => ({
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data),
    })
    const attempts: Array<[string, RequestInit]> = [
      [
        '/api/documents',
        json('POST', {
          title: 'x',
          kind: 'other',
          issuers: [fixture.orgId],
          writtenDate: '2024-01-01',
          disclosure: 'proactive',
          _status: 'published',
        }),
      ],
      [`/api/documents/${fixture.ids.public}`, json('PATCH', { title: 'defaced' })],
      [`/api/documents/${fixture.ids.draft}?draft=true`, json('PATCH', { _status: 'published' })],
      [`/api/documents/${fixture.ids.public}`, { method: 'DELETE' }],
      [`/api/documents/${fixture.ids.draft}/duplicate`, json('POST', {})],
      ['/api/organizations', json('POST', { name: '假机关', slug: 'fake' })],
      [
        '/api/document-relations',
        json('POST', { from: fixture.ids.public, to: fixture.ids.publicWithDraft, kind: 'repeals', date: '2025-01-01' }),
      ],
      ['/api/users', json('POST', { email: 'intruder@example.com', password: 'intruder-password', roles: ['admin'] })],
      ['/api/users/first-register', json('POST', { email: 'intruder@example.com', password: 'intruder-password' })],
      ['/api/users/unlock', json('POST', { email: 'editor@example.gov.cn' })],
      [
        '/api/gazette-issues',
        json('POST', {
          year: 2030,
          issueNumber: 1,
          totalNumber: 1,
          publicationDate: '2030-01-01',
          printSource: 'generated',
          _status: 'published',
        }),
      ],
      ['/api/issue-pdfs', json('POST', {})],
    ]
    for (const [path, init] of attempts) {
      const { status, text } = await fixture.anon(path, init)
      expect(status, `${init.method} ${path}: ${text.slice(0, 200)}`).toBeGreaterThanOrEqual(400)
      expect(leaked(text)).toEqual([])
    }
    expect((await fixture.gazette.payload.findByID({ collection: 'documents', id: fixture.ids.public as number, depth: 0 })).title).toBe(
      PUBLIC_TITLE,
    )
    expect(
      (await fixture.gazette.payload.find({ collection: 'users', where: { email: { equals: 'intruder@example.com' } } })).totalDocs,
    ).toBe(0)
    expect((await fixture.gazette.payload.count({ collection: 'gazette-issues' })).totalDocs).toBe(0)
  })
})
