/**
 * The gazette the API attack tests attack: public, draft, withdrawn, 依申请公开 and 不予公开
 * documents and interpretations, staff of each role, an upload and a version, each hidden
 * thing carrying a unique marker word (SECRET…). createAttackFixture builds one such
 * gazette (in a test file's beforeAll) and returns it as an object: no module-level
 * state. The markers and the pure helpers below are the same for every fixture.
 */
import { markdownToLexical } from '../../../scripts/lib/markdownToLexical'
import { call, createStaff, type Staff } from './reviewFlow'
import { startTempGazette, type TempGazette } from './tempGazette'

/** Markers of everything the public must never see. */
export const SECRET = {
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
export const secrets = Object.values(SECRET)
export const PUBLIC_TITLE = 'PUBLICDOCTITLE'

export function leaked(text: string): string[] {
  return secrets.filter((s) => text.includes(s))
}

export type Answer = { status: number; text: string }
export type EditorAnswer = Answer & { json: () => Record<string, unknown> }
export type GraphqlAnswer = {
  text: string
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { statusCode?: number } }> }
}

/** The attacked gazette, what it holds, and how to ask it as the public, the editor or anyone over GraphQL. */
export type AttackFixture = {
  readonly gazette: TempGazette
  readonly staff: Staff
  readonly orgId: number
  /** The ids of what the fixture created, by name (tests may add their own). */
  readonly ids: Record<string, number>
  readonly adminId: number
  readonly editorId: number
  /** A version of the draft document. */
  readonly versionId: string | number
  /** The uploaded file's name: its content and alt text are secret. */
  readonly mediaFile: string
  /** A REST request without credentials. */
  anon(path: string, init?: RequestInit): Promise<Answer>
  asEditor(method: string, path: string, body?: unknown): Promise<EditorAnswer>
  /** A GraphQL query, anonymous unless a token is given. */
  gql(query: string, token?: string): Promise<GraphqlAnswer>
  cleanup(): Promise<void>
}

export const idsIn = (text: string) => ((JSON.parse(text) as { docs?: Array<{ id: number }> }).docs ?? []).map((d) => d.id)
export const body = (text: string) => markdownToLexical(text) as never

export async function createAttackFixture(): Promise<AttackFixture> {
  const gazette = await startTempGazette()
  try {
    return await populate(gazette)
  } catch (error) {
    // Nobody else holds the gazette yet: remove it before giving up.
    await gazette.cleanup()
    throw error
  }
}

async function populate(gazette: TempGazette): Promise<AttackFixture> {
  const { payload } = gazette
  const ids: Record<string, number> = {}
  const adminId = (await payload.find({ collection: 'users', limit: 1, depth: 0 })).docs[0]?.id as number
  const orgId = (
    await payload.create({ collection: 'organizations', data: { name: '测试市人民政府', shortName: '市政府', slug: 'test-gov' } })
  ).id
  await payload.create({
    collection: 'issuing-codes',
    data: { code: SECRET.issuingCode, organization: orgId, series: 'docNumber', kind: 'other' },
  })
  const staff = await createStaff(gazette)
  const editorId = (await payload.find({ collection: 'users', where: { email: { equals: 'editor@example.gov.cn' } }, depth: 0 })).docs[0]
    ?.id as number
  await payload.create({
    collection: 'users',
    data: { email: `${SECRET.staffEmail}@example.gov.cn`, password: 'another-long-password', roles: ['reviewer'] },
  })

  const pdf = Buffer.from(`%PDF-1.4\n% ${SECRET.fileContent}\n%%EOF\n`)
  const media = await payload.create({
    collection: 'media',
    data: { alt: SECRET.mediaAlt },
    file: { data: pdf, mimetype: 'application/pdf', name: 'internal-note.pdf', size: pdf.length },
  })
  const mediaFile = String(media.filename)

  const base = { kind: 'other' as const, issuers: [orgId], writtenDate: '2024-03-01T04:00:00.000Z', disclosure: 'proactive' as const }
  const create = async (key: string, data: Record<string, unknown>, draft = false) => {
    const doc = await payload.create({ collection: 'documents', data: { ...base, ...data } as never, draft, depth: 0 })
    ids[key] = doc.id
    return doc.id
  }
  await create('public', { title: PUBLIC_TITLE, slug: 'public-doc', body: body('公开正文'), _status: 'published' })
  await create('publicWithDraft', { title: '已发布的文件', slug: 'public-with-draft', _status: 'published' })
  await payload.update({
    collection: 'documents',
    id: ids.publicWithDraft as number,
    data: { title: SECRET.newerDraft, body: body(SECRET.newerDraft) },
    draft: true,
  })
  await create(
    'draft',
    {
      title: SECRET.draftTitle,
      slug: 'draft-doc',
      body: body(SECRET.draftBody),
      _status: 'draft',
      reviewState: 'approved',
      interpretationBody: orgId,
    },
    true,
  )
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
  await create('notDisclosed', {
    title: SECRET.notDisclosed,
    slug: 'not-disclosed-doc',
    disclosure: 'not-disclosed',
    disclosureReason: SECRET.notDisclosedReason,
    _status: 'published',
  })
  await create('withdrawn', { title: '将被撤回的文件', slug: 'withdrawn-doc', body: body(SECRET.withdrawnBody), _status: 'published' })
  const withdrawal = await call(gazette, staff.publisher, 'PATCH', `/api/documents/${ids.withdrawn}?draft=true`, {
    workflowAction: 'withdraw',
    workflowReason: SECRET.withdrawReason,
  })
  if (withdrawal.status !== 200) throw new Error(`withdrawal failed in the fixture: ${await withdrawal.text()}`)

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
  await interp('hiddenInterp', {
    title: SECRET.hiddenInterp,
    documents: [ids.public],
    disclosure: 'not-disclosed',
    disclosureReason: '内部',
    _status: 'published',
  })
  await interp('draftInterp', { title: SECRET.draftInterp, documents: [ids.public], _status: 'draft' }, true)

  const relation = async (key: string, from: number, to: number) => {
    ids[key] = (
      await payload.create({ collection: 'document-relations', data: { from, to, kind: 'amends', date: '2025-01-01T04:00:00.000Z' } })
    ).id
  }
  await relation('publicToHidden', ids.public as number, ids.onRequest as number)
  await relation('hiddenToPublic', ids.notDisclosed as number, ids.public as number)
  await relation('draftToPublic', ids.draft as number, ids.public as number)
  await relation('publicToPublic', ids.publicWithDraft as number, ids.public as number)

  const versions = await payload.findVersions({ collection: 'documents', where: { parent: { equals: ids.draft } }, limit: 1, depth: 0 })
  const versionId = versions.docs[0]?.id as string | number

  return {
    gazette,
    staff,
    orgId,
    ids,
    adminId,
    editorId,
    versionId,
    mediaFile,
    anon: async (path, init) => {
      const response = await gazette.rest(path, init)
      return { status: response.status, text: await response.text() }
    },
    asEditor: async (method, path, body) => {
      const response = await call(gazette, staff.editor, method, path, body)
      const text = await response.text()
      return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
    },
    gql: async (query, token) => {
      const response = await gazette.graphql(query, token ? { Authorization: `JWT ${token}` } : {})
      const text = await response.text()
      return { text, body: JSON.parse(text) }
    },
    cleanup: () => gazette.cleanup(),
  }
}
