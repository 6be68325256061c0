/**
 * What the public may see: only published 主动公开 documents, through REST, GraphQL,
 * the Local API with overrideAccess: false, and the exported snapshot. Staff see all.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette
let staffToken: string

const titles = {
  public: '测试市人民政府关于公开文件的通知',
  draft: '测试市人民政府关于草稿文件的通知',
  onRequest: '测试市人民政府关于依申请公开文件的通知',
  publishedThenDrafted: '测试市人民政府关于已发布后修改的通知',
}

beforeAll(async () => {
  gazette = await startTempGazette()
  const { payload } = gazette
  const org = await payload.create({
    collection: 'organizations',
    data: { name: '测试市人民政府', shortName: '市政府', slug: 'test-gov' },
  })
  const base = {
    kind: 'other' as const,
    issuers: [org.id],
    writtenDate: '2024-03-01T04:00:00.000Z',
    disclosure: 'proactive' as const,
  }
  await payload.create({
    collection: 'documents',
    data: { ...base, title: titles.public, docNumberRaw: '测政发[2024]3号', slug: 'public-doc', _status: 'published' },
  })
  await payload.create({
    collection: 'documents',
    data: { ...base, title: titles.draft, slug: 'draft-doc', _status: 'draft' },
    draft: true,
  })
  await payload.create({
    collection: 'documents',
    data: {
      ...base,
      title: titles.onRequest,
      slug: 'on-request-doc',
      disclosure: 'on-request',
      disclosureReason: '涉及第三方合法权益',
      _status: 'published',
    },
  })
  const edited = await payload.create({
    collection: 'documents',
    data: { ...base, title: titles.publishedThenDrafted, slug: 'edited-doc', _status: 'published' },
  })
  // A later draft of a published document must not reach the public.
  await payload.update({
    collection: 'documents',
    id: edited.id,
    data: { title: '尚未审定的新标题' },
    draft: true,
  })

  staffToken = await signIn(gazette, 'editor@example.gov.cn', ['editor'])
})

afterAll(async () => {
  await gazette?.cleanup()
})

type ListResponse = { docs: Array<{ title: string; docNumber?: string | null }> }

describe('anonymous readers', () => {
  it('get only published 主动公开 documents from REST', async () => {
    const response = await gazette.rest('/api/documents?limit=100')
    expect(response.status).toBe(200)
    const body = (await response.json()) as ListResponse
    expect(body.docs.map((d) => d.title).sort()).toEqual([titles.publishedThenDrafted, titles.public].sort())
  })

  it('cannot read drafts by asking for them', async () => {
    const response = await gazette.rest('/api/documents?draft=true&limit=100')
    const body = (await response.json()) as ListResponse
    const seen = body.docs.map((d) => d.title)
    expect(seen).not.toContain(titles.draft)
    expect(seen).not.toContain('尚未审定的新标题')
    expect(seen).not.toContain(titles.onRequest)
  })

  it('get the same from GraphQL', async () => {
    const response = await gazette.graphql('{ Documents(limit: 100) { docs { title } } }')
    const body = (await response.json()) as { data: { Documents: ListResponse } }
    expect(body.data.Documents.docs.map((d) => d.title).sort()).toEqual([titles.publishedThenDrafted, titles.public].sort())
  })

  it('get the same from the Local API without override', async () => {
    const result = await gazette.payload.find({ collection: 'documents', overrideAccess: false, limit: 100 })
    expect(result.docs.map((d) => d.title).sort()).toEqual([titles.publishedThenDrafted, titles.public].sort())
  })

  it('cannot list users or media', async () => {
    const users = (await (await gazette.rest('/api/users')).json()) as { docs?: unknown[] }
    expect(users.docs ?? []).toHaveLength(0)
    const media = await gazette.rest('/api/media')
    expect(media.status).toBe(403)
  })
})

describe('staff', () => {
  it('see every document, drafts and 依申请公开 included', async () => {
    const response = await gazette.rest('/api/documents?limit=100&draft=true', {
      headers: { Authorization: `JWT ${staffToken}` },
    })
    const body = (await response.json()) as ListResponse
    const seen = body.docs.map((d) => d.title)
    expect(seen).toEqual(expect.arrayContaining([titles.public, titles.draft, titles.onRequest, '尚未审定的新标题']))
  })
})

describe('the public snapshot', () => {
  it('holds exactly the public documents, in their published version', async () => {
    const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
    const outDir = path.join(gazette.dir, 'snapshot')
    const result = await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
    expect(result.documents).toBe(2)
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as ListResponse & {
      documents: Array<{ id: string; title: string; docNumber: string | null; writtenDate: string }>
    }
    expect(manifest.documents.map((d) => d.title).sort()).toEqual([titles.publishedThenDrafted, titles.public].sort())
    const publicDoc = manifest.documents.find((d) => d.id === 'public-doc')
    expect(publicDoc?.docNumber).toBe('测政发〔2024〕3号')
    expect(publicDoc?.writtenDate).toBe('2024-03-01')

    const everything = fs
      .readdirSync(outDir, { recursive: true })
      .map((name) => path.join(outDir, String(name)))
      .filter((file) => fs.statSync(file).isFile())
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n')
    expect(everything).not.toContain(titles.draft)
    expect(everything).not.toContain(titles.onRequest)
    expect(everything).not.toContain('尚未审定的新标题')
    expect(everything).not.toContain('涉及第三方合法权益')
  })
})
