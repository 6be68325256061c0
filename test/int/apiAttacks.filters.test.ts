/**
 * API attacks on the real REST and GraphQL handlers of a real gazette (see
 * helpers/attackFixture.ts): filters, sorts and relationship values, anonymously.
 * By class, not by case: for every public collection, every relationship path and every
 * hidden marker, in every syntax (nested object, dotted, `__`, operator objects where a
 * value belongs, and/or), at every entry point (list, count, draft, joins, GraphQL, the
 * Local API), the answer must not depend on hidden content: the same status and body for
 * a hidden marker as for a marker nobody has, and no hidden id in any public body.
 * Malformed queries answer 400 with a Chinese message, never 500; staff keep full power.
 */
import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AttackFixture, body, createAttackFixture, idsIn, leaked, PUBLIC_TITLE, SECRET } from './helpers/attackFixture'

/** A keyword only a hidden document carries, and words nobody has. */
const HIDDEN_KEYWORD = 'SECRETKEYWORDMARK'
const ABSENT = 'NOSUCHMARKERANYWHERE'
const NO_SUCH_ID = 987654
const chinese = /[\u4e00-\u9fff]/
/** Array rows need the ids Payload would give them. */
const rowId = (n: number) => `66a0000000000000000000${String(n).padStart(2, '0')}`
let issueId: number
/** The attacked gazette of this file, built in beforeAll. */
let fixture: AttackFixture

beforeAll(async () => {
  fixture = await createAttackFixture()
  const { payload } = fixture.gazette
  // A keyword on the 依申请公开 document; a second public interpretation, of the 不予公开 one.
  await payload.update({ collection: 'documents', id: fixture.ids.onRequest as number, data: { keywords: [HIDDEN_KEYWORD] } })
  fixture.ids.secondInterp = (
    await payload.create({
      collection: 'interpretations',
      data: {
        title: '另一篇公开的解读',
        form: 'text',
        interpretationBody: fixture.orgId,
        disclosure: 'proactive',
        documents: [fixture.ids.notDisclosed as number],
        body: body('解读正文'),
        _status: 'published',
      },
      depth: 0,
    })
  ).id
  // A public document whose body links to and embeds the 依申请公开 document and the public one.
  const paragraph = (children: unknown[]) => ({ type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', children })
  const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, style: '', mode: 'normal', detail: 0 })
  const link = (id: number) => ({
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'documents', value: id } },
    children: [text('见另一文件')],
  })
  const embed = (id: number) => ({ type: 'relationship', version: 2, format: '', relationTo: 'documents', value: id })
  fixture.ids.linking = (
    await payload.create({
      collection: 'documents',
      data: {
        kind: 'other',
        issuers: [fixture.orgId],
        writtenDate: '2024-03-01T04:00:00.000Z',
        disclosure: 'proactive',
        title: '引用其他文件的公开文件',
        slug: 'linking-doc',
        _status: 'published',
        body: {
          root: {
            type: 'root',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [
              paragraph([link(fixture.ids.onRequest as number)]),
              embed(fixture.ids.onRequest as number),
              paragraph([link(fixture.ids.public as number)]),
              embed(fixture.ids.public as number),
            ],
          },
        } as never,
      },
      depth: 0,
    })
  ).id
  // A published issue whose entries include a hidden document and a hidden interpretation.
  // Stored directly: publishing through the API would print it, which this test does not need.
  issueId = (
    (await payload.db.create({
      collection: 'gazette-issues',
      data: {
        title: '2030年第1期（总第1期）',
        year: 2030,
        issueNumber: 1,
        totalNumber: 1,
        publicationDate: '2030-01-01T00:00:00.000Z',
        printSource: 'uploaded',
        _status: 'published',
        sections: [
          {
            id: rowId(0),
            title: '文件',
            entries: [
              { id: rowId(1), item: { relationTo: 'documents', value: fixture.ids.public }, firstPage: 1, lastPage: 1 },
              { id: rowId(2), item: { relationTo: 'documents', value: fixture.ids.onRequest }, firstPage: 2, lastPage: 2 },
              { id: rowId(3), item: { relationTo: 'interpretations', value: fixture.ids.hiddenInterp }, firstPage: 3, lastPage: 3 },
              { id: rowId(4), item: { relationTo: 'interpretations', value: fixture.ids.publicInterp }, firstPage: 4, lastPage: 4 },
            ],
          },
        ],
      },
    })) as { id: number }
  ).id
})
afterAll(() => fixture?.cleanup())

const allLeaks = (text: string) => [...leaked(text), ...(text.includes(HIDDEN_KEYWORD) ? [HIDDEN_KEYWORD] : [])]

/** The records the public may not read, by collection. */
function hiddenIds(): { documents: Set<number>; interpretations: Set<number>; 'document-relations': Set<number> } {
  return {
    documents: new Set([fixture.ids.draft, fixture.ids.onRequest, fixture.ids.notDisclosed, fixture.ids.withdrawn] as number[]),
    interpretations: new Set([fixture.ids.hiddenInterp, fixture.ids.draftInterp] as number[]),
    'document-relations': new Set([fixture.ids.publicToHidden, fixture.ids.hiddenToPublic, fixture.ids.draftToPublic] as number[]),
  }
}

/** Relationship-holding keys of the public collections, and the collection they point to. */
const relationKeys: Record<string, string> = {
  documents: 'documents',
  from: 'documents',
  to: 'documents',
  interpretations: 'interpretations',
  actsOn: 'document-relations',
  actedOnBy: 'document-relations',
  file: 'media',
  image: 'media',
  video: 'media',
  cover: 'media',
  printPdf: 'issue-pdfs',
}

/** Every hidden record a public response names, as `collection:id`. */
function hiddenReferences(text: string): string[] {
  const hidden: Record<string, Set<number> | undefined> = hiddenIds()
  const found: string[] = []
  const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : v)
  const note = (collection: string, value: unknown) => {
    const id = idOf(value)
    if (id === null || id === undefined) return
    // Media and print PDFs are staff-only: any id of theirs is hidden.
    if (collection === 'media' || collection === 'issue-pdfs' || hidden[collection]?.has(id as number))
      found.push(`${collection}:${String(id)}`)
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk)
    if (typeof value !== 'object' || value === null) return
    for (const [key, inner] of Object.entries(value)) {
      const target = relationKeys[key]
      if (key === 'item' && typeof inner === 'object' && inner !== null && 'relationTo' in inner) {
        const { relationTo, value: ref } = inner as { relationTo: string; value: unknown }
        note(relationTo, ref)
      } else if (target && Array.isArray(inner)) inner.forEach((v) => note(target, v))
      else if (target && typeof inner === 'object' && inner !== null && Array.isArray((inner as { docs?: unknown }).docs)) {
        ;(inner as { docs: unknown[] }).docs.forEach((v) => note(target, v))
      } else if (target && (typeof inner === 'number' || typeof inner === 'string')) note(target, inner)
      walk(inner)
    }
  }
  try {
    walk(JSON.parse(text))
  } catch {
    // Not JSON: nothing structured to look at.
  }
  return found
}

/** The answer to an anonymous request, for comparison. */
async function answer(path: string): Promise<string> {
  const { status, text } = await fixture.anon(path)
  return `${status} ${text}`
}

/**
 * Where a hidden record could be reached from each public collection: a relationship or
 * join path, and the hidden values behind it (a marker, and what a marker nobody has is).
 */
type Reach = { collection: string; relation: string; leaf: string; operator: string; hidden: string; absent: string }
const reaches: Reach[] = [
  ...['documents', 'documents.id']
    .flatMap((relation) => [
      { relation, leaf: 'title', operator: 'like', hidden: SECRET.onRequest.slice(0, 12), absent: ABSENT },
      { relation, leaf: 'title', operator: 'like', hidden: SECRET.notDisclosed.slice(0, 12), absent: ABSENT },
      { relation, leaf: 'title', operator: 'equals', hidden: SECRET.onRequest, absent: ABSENT },
      { relation, leaf: 'body', operator: 'like', hidden: SECRET.onRequestBody.slice(0, 12), absent: ABSENT },
      { relation, leaf: 'keywords', operator: 'equals', hidden: HIDDEN_KEYWORD, absent: ABSENT },
      { relation, leaf: 'keywords', operator: 'like', hidden: HIDDEN_KEYWORD.slice(0, 12), absent: ABSENT },
      { relation, leaf: 'disclosure', operator: 'equals', hidden: 'on-request', absent: 'no-such-attribute' },
      { relation, leaf: 'disclosure', operator: 'in', hidden: 'on-request,not-disclosed', absent: 'no-such-attribute' },
      { relation, leaf: 'disclosureReason', operator: 'like', hidden: SECRET.onRequestReason.slice(0, 12), absent: ABSENT },
    ])
    .map((r) => ({ ...r, collection: 'interpretations' })),
  { collection: 'interpretations', relation: 'attachments.file', leaf: 'alt', operator: 'like', hidden: SECRET.mediaAlt, absent: ABSENT },
  {
    collection: 'documents',
    relation: 'interpretations',
    leaf: 'title',
    operator: 'like',
    hidden: SECRET.hiddenInterp.slice(0, 12),
    absent: ABSENT,
  },
  { collection: 'documents', relation: 'interpretations', leaf: 'disclosure', operator: 'equals', hidden: 'not-disclosed', absent: 'x' },
  {
    collection: 'documents',
    relation: 'actsOn',
    leaf: 'to.title',
    operator: 'like',
    hidden: SECRET.onRequest.slice(0, 12),
    absent: ABSENT,
  },
  {
    collection: 'documents',
    relation: 'actedOnBy',
    leaf: 'from.title',
    operator: 'like',
    hidden: SECRET.notDisclosed.slice(0, 12),
    absent: ABSENT,
  },
  { collection: 'documents', relation: 'attachments.file', leaf: 'alt', operator: 'like', hidden: SECRET.mediaAlt, absent: ABSENT },
  {
    collection: 'document-relations',
    relation: 'to',
    leaf: 'title',
    operator: 'like',
    hidden: SECRET.onRequest.slice(0, 12),
    absent: ABSENT,
  },
  { collection: 'document-relations', relation: 'from', leaf: 'disclosure', operator: 'equals', hidden: 'not-disclosed', absent: 'x' },
  {
    collection: 'gazette-issues',
    relation: 'sections.entries.item',
    leaf: 'title',
    operator: 'like',
    hidden: SECRET.onRequest.slice(0, 12),
    absent: ABSENT,
  },
  {
    collection: 'gazette-issues',
    relation: 'sections.entries.item.value',
    leaf: 'title',
    operator: 'like',
    hidden: SECRET.onRequest.slice(0, 12),
    absent: ABSENT,
  },
  { collection: 'organizations', relation: 'issuingCodes', leaf: 'code', operator: 'like', hidden: SECRET.issuingCode, absent: '无此代字' },
]

/** Every way of writing "the related record's leaf matches the value" as a query string. */
function syntaxes(relation: string, leaf: string, operator: string, value: string): string[] {
  const v = encodeURIComponent(value)
  const nested = leaf
    .split('.')
    .map((segment) => `[${segment}]`)
    .join('')
  return [
    `where[${relation}][contains]${nested}[${operator}]=${v}`,
    `where[${relation}][equals]${nested}[${operator}]=${v}`,
    `where[${relation}][in][0]${nested}[${operator}]=${v}`,
    `where[${relation}][not_in][0]${nested}[${operator}]=${v}`,
    `where[${relation}][all][0]${nested}[${operator}]=${v}`,
    `where[${relation}][contains][${leaf}][${operator}]=${v}`,
    `where[${relation}.${leaf}][${operator}]=${v}`,
    `where[${relation.replace(/\./g, '__')}__${leaf.replace(/\./g, '__')}][${operator}]=${v}`,
    `where[or][0][${relation}][contains]${nested}[${operator}]=${v}&where[or][1][id][equals]=${NO_SUCH_ID}`,
    `where[and][0][id][exists]=true&where[and][1][${relation}.${leaf}][${operator}]=${v}`,
  ]
}

describe('filters through relationships answer the same for hidden and absent values', () => {
  it.each(reaches)('$collection by $relation → $leaf $operator', async (reach) => {
    const endpoints = [
      `/api/${reach.collection}?depth=0&limit=0`,
      `/api/${reach.collection}/count?x=1`,
      `/api/${reach.collection}?draft=true&depth=1`,
    ]
    const withHidden = syntaxes(reach.relation, reach.leaf, reach.operator, reach.hidden)
    const withAbsent = syntaxes(reach.relation, reach.leaf, reach.operator, reach.absent)
    for (const endpoint of endpoints) {
      for (const [index, query] of withHidden.entries()) {
        const path = `${endpoint}&${query}`
        const [hidden, absent] = [await answer(path), await answer(`${endpoint}&${withAbsent[index]}`)]
        expect(hidden, path).toBe(absent)
        expect(hidden.slice(0, 3), path).not.toBe('500')
        expect(allLeaks(hidden), path).toEqual([])
        expect(hiddenReferences(hidden.slice(4)), path).toEqual([])
      }
    }
  })

  it('refuses the nested form on every public collection with 400 and a Chinese message', async () => {
    for (const path of [
      `/api/interpretations?where[documents][contains][title][like]=${PUBLIC_TITLE}`,
      `/api/documents?where[interpretations][contains][title][like]=公开`,
      `/api/document-relations?where[to][contains][title][like]=${PUBLIC_TITLE}`,
      `/api/gazette-issues?where[sections.entries.item][contains][title][like]=${PUBLIC_TITLE}`,
      `/api/organizations?where[issuingCodes][contains][code][like]=运`,
      `/api/interpretations?where[documents.title][like]=${PUBLIC_TITLE}`,
      `/api/interpretations/count?where[documents][contains][title][like]=${PUBLIC_TITLE}`,
      // Negations match through hidden targets: the public interpretation of the public document and a hidden one.
      `/api/interpretations?where[documents][not_equals]=${fixture.ids.public}`,
      `/api/interpretations?where[documents][not_in]=${fixture.ids.public}`,
    ]) {
      const { status, text } = await fixture.anon(path)
      expect(status, path).toBe(400)
      expect(JSON.parse(text).errors[0].message, path).toMatch(chinese)
    }
  })

  it('compares a relationship with ids the public may read only: a hidden id answers like an id that does not exist', async () => {
    const hidden = hiddenIds()
    const cases: Array<[string, number[]]> = [
      ['/api/interpretations?depth=0&where[documents][equals]=', [...hidden.documents]],
      ['/api/interpretations?depth=0&where[documents][in]=', [...hidden.documents]],
      ['/api/interpretations?depth=0&where[documents][not_equals]=', [...hidden.documents]],
      ['/api/interpretations?depth=0&where[documents][not_in]=', [...hidden.documents]],
      ['/api/interpretations?depth=0&where[documents][contains]=', [...hidden.documents]],
      ['/api/interpretations?depth=0&where[documents][all]=', [...hidden.documents]],
      ['/api/interpretations/count?where[documents.id][equals]=', [...hidden.documents]],
      ['/api/document-relations?depth=0&where[to][equals]=', [...hidden.documents]],
      ['/api/documents?depth=0&where[interpretations][equals]=', [...hidden.interpretations]],
      ['/api/documents?depth=0&where[actsOn][equals]=', [...hidden['document-relations']]],
      ['/api/gazette-issues?depth=0&where[sections.entries.item.value][equals]=', [...hidden.documents]],
      [
        '/api/gazette-issues?depth=0&where[sections.entries.item][equals][relationTo]=documents&where[sections.entries.item][equals][value]=',
        [...hidden.documents],
      ],
      [`/api/documents/${fixture.ids.public}?depth=0&joins[interpretations][where][id][equals]=`, [...hidden.interpretations]],
      // Stored rich text holds the ids it links to: a public body linking to a hidden document.
      [`/api/documents?depth=0&where[body][like]=${encodeURIComponent('"value":')}`, [...hidden.documents]],
      [`/api/documents/${fixture.ids.public}?depth=0&joins[actsOn][where][to][equals]=`, [...hidden.documents]],
    ]
    for (const [prefix, hiddenOnes] of cases) {
      const nowhere = await answer(`${prefix}${NO_SUCH_ID}`)
      expect(nowhere.slice(0, 3), prefix).not.toBe('500')
      for (const id of hiddenOnes ?? []) expect(await answer(`${prefix}${id}`), `${prefix}${id}`).toBe(nowhere)
    }
    // Control: a public id works.
    const control = await fixture.anon(`/api/interpretations?depth=0&where[documents][equals]=${fixture.ids.public}`)
    expect(control.status).toBe(200)
    expect(idsIn(control.text)).toEqual([fixture.ids.publicInterp])
  })

  it('exists on a relationship cannot tell a hidden target from none', async () => {
    for (const path of ['/api/interpretations?where[documents][exists]=true', '/api/documents?where[interpretationBody][exists]=false']) {
      const { status, text } = await fixture.anon(path)
      expect([200, 400], path).toContain(status)
      expect(hiddenReferences(text), path).toEqual([])
    }
  })
})

describe('sorting by related fields', () => {
  const sorts: Array<[string, string]> = [
    ['interpretations', 'documents.title'],
    ['interpretations', 'documents'],
    ['interpretations', 'documents.disclosure'],
    ['interpretations', 'documents__title'],
    ['documents', 'interpretations.title'],
    ['documents', 'actsOn.to.title'],
    ['document-relations', 'to.title'],
    ['gazette-issues', 'sections.entries.item.title'],
    ['organizations', 'issuingCodes.code'],
  ]

  it('orders nothing by hidden content: the answer is the same after the hidden titles change', async () => {
    const { payload } = fixture.gazette
    const requests = sorts.flatMap(([collection, field]) =>
      [field, `-${field}`].flatMap((sort) => [
        `/api/${collection}?depth=0&sort=${sort}`,
        `/api/${collection}?depth=0&draft=true&sort=${sort}`,
      ]),
    )
    requests.push(`/api/documents/${fixture.ids.public}?depth=0&joins[interpretations][sort]=documents.title`)
    const before = await Promise.all(requests.map(answer))
    const rename = (id: number, title: string) => payload.update({ collection: 'documents', id, data: { title } })
    await rename(fixture.ids.onRequest as number, `ZZZZ${SECRET.onRequest}`)
    await rename(fixture.ids.notDisclosed as number, `AAAA${SECRET.notDisclosed}`)
    try {
      const after = await Promise.all(requests.map(answer))
      for (const [index, path] of requests.entries()) {
        expect(after[index], path).toBe(before[index])
        expect(before[index]?.slice(0, 3), path).not.toBe('500')
      }
    } finally {
      await rename(fixture.ids.onRequest as number, SECRET.onRequest)
      await rename(fixture.ids.notDisclosed as number, SECRET.notDisclosed)
    }
  })

  it('refuses a public sort by a related, hidden or unknown field with 400, and keeps own fields', async () => {
    for (const path of [
      '/api/interpretations?sort=documents.title',
      '/api/interpretations?sort=-documents.title',
      '/api/documents?sort=disclosureReason',
      '/api/documents?sort=nosuchfield',
    ]) {
      const { status, text } = await fixture.anon(path)
      expect(status, path).toBe(400)
      expect(JSON.parse(text).errors[0].message, path).toMatch(chinese)
    }
    expect((await fixture.anon('/api/documents?sort=-publishedDate,title')).status).toBe(200)
  })
})

describe('relationship values in public answers', () => {
  it('hold no hidden record at any depth, with or without draft, select or populate', async () => {
    const paths = [0, 1, 2, 3].flatMap((depth) => [
      `/api/interpretations/${fixture.ids.publicInterp}?depth=${depth}`,
      `/api/interpretations/${fixture.ids.publicInterp}?depth=${depth}&draft=true`,
      `/api/interpretations?depth=${depth}&limit=0`,
      `/api/documents/${fixture.ids.public}?depth=${depth}`,
      `/api/documents?depth=${depth}&draft=true&limit=0`,
      `/api/document-relations?depth=${depth}&limit=0`,
      `/api/gazette-issues/${issueId}?depth=${depth}`,
      `/api/gazette-issues?depth=${depth}&draft=true`,
      `/api/organizations/${fixture.orgId}?depth=${depth}`,
    ])
    paths.push(
      `/api/interpretations?depth=1&select[documents]=true&populate[documents][title]=true`,
      `/api/interpretations?depth=0&select[documents]=true`,
      `/api/documents/${fixture.ids.public}?depth=1&populate[interpretations][documents]=true`,
      `/api/documents/${fixture.ids.public}?depth=0&joins[interpretations][limit]=0&joins[actsOn][limit]=0&joins[actedOnBy][limit]=0`,
    )
    for (const path of paths) {
      const { status, text } = await fixture.anon(path)
      expect(status, path).toBe(200)
      expect(hiddenReferences(text), path).toEqual([])
      expect(allLeaks(text), path).toEqual([])
    }
    // The public targets stay.
    const interp = JSON.parse((await fixture.anon(`/api/interpretations/${fixture.ids.publicInterp}?depth=0`)).text) as {
      documents: number[]
    }
    expect(interp.documents).toEqual([fixture.ids.public])
    const issue = JSON.parse((await fixture.anon(`/api/gazette-issues/${issueId}?depth=0`)).text) as {
      sections: Array<{ entries: Array<{ item: { relationTo: string; value: number } | null }> }>
    }
    expect(issue.sections[0]?.entries.map((e) => e.item)).toEqual([
      { relationTo: 'documents', value: fixture.ids.public },
      null,
      null,
      { relationTo: 'interpretations', value: fixture.ids.publicInterp },
    ])
  })

  it('rich text links to and embeds only records the public may read', async () => {
    type Node = { type: string; value?: unknown; fields?: { doc?: { value: unknown } | null }; children?: Node[] }
    const targets = (node: Node): unknown[] => [
      ...(node.type === 'relationship' ? [node.value] : []),
      ...(node.type === 'link' ? [node.fields?.doc?.value ?? null] : []),
      ...(node.children ?? []).flatMap(targets),
    ]
    const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { id: unknown }).id : v)
    for (const depth of [0, 1, 2]) {
      const { text } = await fixture.anon(`/api/documents/${fixture.ids.linking}?depth=${depth}`)
      expect(allLeaks(text)).toEqual([])
      const found = targets((JSON.parse(text) as { body: { root: Node } }).body.root).map(idOf)
      // The hidden link keeps its words but loses its target; the hidden embed goes; the public ones stay.
      expect(found, `depth ${depth}`).toEqual([null, fixture.ids.public, fixture.ids.public])
    }
    const { text } = await fixture.gql(`{ Document(id: ${fixture.ids.linking}) { body } }`)
    expect(text).not.toMatch(new RegExp(`"value":(\\{"id":)?${fixture.ids.onRequest}\\b`))
    const staffView = await fixture.asEditor('GET', `/api/documents/${fixture.ids.linking}?depth=0`)
    expect(targets((staffView.json().body as { root: Node }).root).map(idOf)).toEqual([
      fixture.ids.onRequest,
      fixture.ids.onRequest,
      fixture.ids.public,
      fixture.ids.public,
    ])
  })

  it('staff still see every relationship value', async () => {
    const staffView = await fixture.asEditor('GET', `/api/interpretations/${fixture.ids.publicInterp}?depth=0`)
    expect(staffView.json().documents).toEqual([fixture.ids.public, fixture.ids.onRequest])
  })
})

describe('GraphQL', () => {
  it('relationship sub-field filters answer the same for hidden and absent values', async () => {
    const queries = (value: string) => [
      `{ Interpretations(where: { documents: { equals: { title: { like: "${value}" } } } }) { docs { id } } }`,
      `{ Interpretations(where: { documents: { in: [{ title: { like: "${value}" } }] } }) { docs { id } } }`,
      `{ Interpretations(where: { documents: { not_in: [{ title: { like: "${value}" } }] } }) { docs { id } } }`,
      `{ Interpretations(where: { OR: [{ documents: { all: [{ title: { like: "${value}" } }] } }] }) { docs { id } } }`,
      `{ Documents { docs { id interpretations(where: { title: { like: "${value}" } }) { docs { id } } } } }`,
      `{ Documents { docs { id interpretations(where: { documents: { in: [{ title: { like: "${value}" } }] } }) { docs { id } } } } }`,
      `{ Documents { docs { id interpretations(sort: "documents.title", where: { title: { like: "${value}" } }) { docs { id } } } } }`,
      `{ countInterpretations(where: { documents: { equals: { title: { like: "${value}" } } } }) { totalDocs } }`,
    ]
    const hidden = queries(SECRET.onRequest.slice(0, 12))
    const absent = queries(ABSENT)
    for (const [index, query] of hidden.entries()) {
      const [a, b] = [await fixture.gql(query), await fixture.gql(absent[index] as string)]
      expect(a.text, query).toBe(b.text)
      for (const error of a.body.errors ?? []) expect(error.extensions?.statusCode, query).not.toBe(500)
    }
    const idQuery = (id: number) => `{ Interpretations(where: { documents: { in: [${id}] } }) { docs { id documents { id } } } }`
    const nowhere = await fixture.gql(idQuery(NO_SUCH_ID))
    for (const id of hiddenIds().documents) expect((await fixture.gql(idQuery(id))).text).toBe(nowhere.text)
  })

  it('refuses a sort by a related field with 400', async () => {
    const { body } = await fixture.gql('{ Interpretations(sort: "documents.title") { docs { id } } }')
    expect(body.errors?.[0]?.extensions?.statusCode).toBe(400)
    expect(body.errors?.[0]?.message).toMatch(chinese)
  })

  it('relationship values hold no hidden record', async () => {
    const { text } = await fixture.gql(`{
      Interpretations(limit: 100) { docs { id documents { id } } }
      DocumentRelations(limit: 100) { docs { from { id } to { id } } }
      Documents(limit: 100) { docs { id interpretations { docs { id } } actsOn { docs { id } } actedOnBy { docs { id } } } }
      GazetteIssues { docs { sections { entries { item { ... on Document { id } ... on Interpretation { id } } } } } }
    }`)
    expect(allLeaks(text)).toEqual([])
    expect(hiddenReferences(text)).toEqual([])
  })
})

describe('the Local API with overrideAccess: false (the export reads this way)', () => {
  it('refuses related-field filters and distinct relationship values alike for hidden and absent values', async () => {
    const { payload } = fixture.gazette
    const outcome = async (run: () => Promise<unknown>) => {
      try {
        return `ok ${JSON.stringify(await run())}`
      } catch (error) {
        return `refused ${(error as { status?: number }).status} ${(error as Error).message}`
      }
    }
    for (const value of [SECRET.onRequest.slice(0, 12)]) {
      const find = (v: string) => () =>
        payload.find({
          collection: 'interpretations',
          overrideAccess: false,
          depth: 0,
          where: { documents: { contains: { title: { like: v } } } } as never,
        })
      const [hidden, absent] = [await outcome(find(value)), await outcome(find(ABSENT))]
      expect(hidden).toBe(absent)
      expect(hidden).toMatch(/^refused 400/)
    }
    for (const depth of [0, 1]) {
      const distinct = await outcome(() =>
        payload.findDistinct({ collection: 'interpretations', field: 'documents', overrideAccess: false, depth } as never),
      )
      expect(distinct, `distinct documents, depth ${depth}`).toMatch(/^refused 400/)
      expect(allLeaks(distinct)).toEqual([])
    }
    const titles = await outcome(() => payload.findDistinct({ collection: 'documents', field: 'title', overrideAccess: false } as never))
    expect(titles).toContain(PUBLIC_TITLE)
    expect(allLeaks(titles)).toEqual([])
    const hiddenField = await outcome(() =>
      payload.findDistinct({ collection: 'documents', field: 'disclosureReason', overrideAccess: false } as never),
    )
    expect(hiddenField).toMatch(/^refused (400|403)/)
  })

  it('answers a versions query about hidden records with 403 whatever its filter', async () => {
    for (const value of [SECRET.draftTitle.slice(0, 12), ABSENT]) {
      const { status } = await fixture.anon(
        `/api/documents/versions?where[version.title][like]=${value}&where[parent][contains][title][like]=${value}`,
      )
      expect(status).toBe(403)
    }
  })
})

describe('malformed queries', () => {
  const deep = (levels: number) => {
    let where: Record<string, unknown> = { title: { equals: 'x' } }
    for (let i = 0; i < levels; i++) where = { [i % 2 ? 'or' : 'and']: [where] }
    return where
  }
  const bracketDeep = `${'[and][0]'.repeat(100)}[title][equals]=x`
  const many = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i)).join(',')
  const malformed: Array<[string, string]> = [
    ['near on a text field', '/api/documents?where[title][near]=1,2'],
    ['within on a text field', '/api/documents?where[title][within][type]=Polygon'],
    ['an operator object as a value', '/api/documents?where[title][equals][$gt]=a'],
    ['a list where one value belongs', '/api/documents?where[title][like][]=x'],
    ['an unknown operator', '/api/documents?where[title][bogus]=x'],
    ['a value without an operator', '/api/documents?where[title]=x'],
    ['a non-numeric id', '/api/documents?where[id][equals]=abc'],
    ['a non-numeric id in a list', '/api/documents?where[id][in]=1,abc'],
    ['a non-numeric relationship id', '/api/documents?where[issuers][in]=abc'],
    ['a non-numeric single relationship id', '/api/documents?where[interpretationBody][equals]=abc'],
    ['a date that is not one', '/api/documents?where[publishedDate][greater_than]=abc'],
    ['a number that is not one', '/api/gazette-issues?where[year][equals]=abc'],
    ['exists neither true nor false', '/api/documents?where[title][exists]=maybe'],
    ['a where as a relationship value', '/api/interpretations?where[documents][equals][title][like]=x'],
    ['a bare id for a polymorphic relationship', '/api/gazette-issues?where[sections.entries.item][equals]=1'],
    ['/api/documents/abc', '/api/documents/abc'],
    ['/api/documents/1abc', '/api/documents/1abc'],
    ['/api/documents/distinct', '/api/documents/distinct?field=title'],
    ['/api/interpretations/distinct', '/api/interpretations/distinct?field=documents'],
    ['100 levels of and/or (JSON where)', `/api/documents?where=${encodeURIComponent(JSON.stringify(deep(100)))}`],
    ['100 levels of and (brackets)', `/api/documents?where${bracketDeep}`],
    ['5000 ids in a list', `/api/documents?where[id][in]=${many(5000, (i) => String(i + 1))}`],
    ['5000 titles in a list', `/api/documents?where[title][in]=${many(5000, (i) => `t${i}`)}`],
    ['200 alternatives', `/api/documents?${Array.from({ length: 200 }, (_, i) => `where[or][${i}][title][equals]=t${i}`).join('&')}`],
    ['an operator object in a join where', '/api/documents/1?joins[interpretations][where][title][equals][$gt]=a'],
  ]

  it.each(malformed)('%s answers 400 with a Chinese message, anonymously and to staff', async (_label, path) => {
    for (const [who, { status, text }] of [
      ['anonymous', await fixture.anon(path)],
      ['staff', await fixture.asEditor('GET', path)],
    ] as const) {
      expect(status, `${who}: ${text.slice(0, 200)}`).toBe(400)
      expect(JSON.parse(text).errors[0].message, who).toMatch(chinese)
      expect(allLeaks(text), who).toEqual([])
    }
  })

  it('GraphQL operator objects where a value belongs answer 400, not 500', async () => {
    for (const query of [
      '{ Interpretations(where: { documents: { equals: { title: { like: "x" } } } }) { docs { id } } }',
      '{ Documents { docs { id interpretations(where: { documents: { in: [{ title: { like: "x" } }] } }) { docs { id } } } } }',
    ]) {
      const { body } = await fixture.gql(query)
      expect(body.errors?.[0]?.extensions?.statusCode, query).toBe(400)
    }
  })
})

describe('staff keep full power', () => {
  it('filter and sort by related fields, as the admin does', async () => {
    const related = await fixture.asEditor(
      'GET',
      `/api/interpretations?depth=0&where[documents.title][like]=${SECRET.onRequest.slice(0, 12)}`,
    )
    expect(related.status).toBe(200)
    expect(idsIn(related.text)).toEqual([fixture.ids.publicInterp])
    const nested = await fixture.asEditor(
      'GET',
      `/api/interpretations?depth=0&where[documents][contains][title][like]=${SECRET.onRequest.slice(0, 12)}`,
    )
    expect(idsIn(nested.text)).toEqual([fixture.ids.publicInterp])
    const byHiddenId = await fixture.asEditor('GET', `/api/interpretations?depth=0&where[documents][equals]=${fixture.ids.onRequest}`)
    expect(idsIn(byHiddenId.text)).toEqual([fixture.ids.publicInterp])
    expect((await fixture.asEditor('GET', '/api/interpretations?depth=0&sort=documents.title')).status).toBe(200)
  })

  it("the admin list view's filters: search, select, relationship, date, status, polymorphic entries, id pickers", async () => {
    const filters: Array<[string, string, Where, boolean?]> = [
      [
        'documents',
        `where[or][0][and][0][title][like]=${SECRET.draftTitle.slice(0, 10)}&draft=true`,
        { title: { like: SECRET.draftTitle.slice(0, 10) } },
        true,
      ],
      [
        'documents',
        'where[or][0][and][0][kind][in][0]=other&where[or][0][and][1][_status][equals]=draft&draft=true',
        { and: [{ kind: { in: ['other'] } }, { _status: { equals: 'draft' } }] },
        true,
      ],
      ['documents', `where[or][0][and][0][issuers][in][0]=${fixture.orgId}`, { issuers: { in: [fixture.orgId] } }],
      ['documents', 'where[or][0][and][0][interpretationBody][exists]=true', { interpretationBody: { exists: true } }],
      [
        'documents',
        'where[or][0][and][0][writtenDate][greater_than]=2024-01-01T00:00:00.000Z',
        { writtenDate: { greater_than: '2024-01-01T00:00:00.000Z' } },
      ],
      [
        'documents',
        `where[and][0][id][not_in][0]=${fixture.ids.public}&where[and][0][id][not_in][1]=${fixture.ids.draft}`,
        { id: { not_in: [fixture.ids.public, fixture.ids.draft] } },
      ],
      [
        'interpretations',
        `where[or][0][and][0][documents][in][0]=${fixture.ids.onRequest}`,
        { documents: { in: [fixture.ids.onRequest] } },
      ],
      [
        'gazette-issues',
        `where[or][0][and][0][sections.entries.item][equals][relationTo]=documents&where[or][0][and][0][sections.entries.item][equals][value]=${fixture.ids.onRequest}`,
        { 'sections.entries.item': { equals: { relationTo: 'documents', value: fixture.ids.onRequest } } },
      ],
      [
        'documents',
        `where[or][0][title][like]=${PUBLIC_TITLE}&where[or][1][docNumber][like]=${PUBLIC_TITLE}`,
        { or: [{ title: { like: PUBLIC_TITLE } }, { docNumber: { like: PUBLIC_TITLE } }] },
      ],
    ]
    for (const [collection, query, where, draft] of filters) {
      const path = `/api/${collection}?${query}&depth=0&limit=0`
      const { status, text } = await fixture.asEditor('GET', path)
      expect(status, `${path}: ${text.slice(0, 200)}`).toBe(200)
      // The same filter, run past every check, is the truth.
      const truth = await fixture.gazette.payload.find({ collection: collection as 'documents', where, draft, depth: 0, pagination: false })
      expect(truth.docs.length, path).toBeGreaterThan(0)
      expect(idsIn(text).sort(), path).toEqual(truth.docs.map((d) => d.id).sort())
    }
  })
})
