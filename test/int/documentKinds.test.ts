/**
 * Issue 21: the kinds of document are the gazette's configured list (DOCUMENT_KINDS_FILE),
 * here one that adds 预算决算 and leaves out 法律. The real Payload config offers exactly that
 * list, in its order, as 文件类型 of documents and of issuing codes, in the client config the
 * admin renders; a document of the new kind is saved and exported with the list in the
 * manifest; a save naming a kind no longer configured is refused in Chinese, naming it; a
 * document whose stored kind is no longer configured is still read and exported as stored.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type ClientField, createClientConfig, getLocalI18n, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { messages } from '../../core/messages'
import { manifestSchema } from '../../core/snapshot/schema'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const kindsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-kinds-int-'))
const kindsFile = path.join(kindsDir, 'kinds.json')
fs.writeFileSync(
  kindsFile,
  JSON.stringify([
    { value: 'rule', label: '政府规章' },
    { value: 'budget', label: '预算决算', catalogue: true },
    { value: 'other', label: '其他文件' },
  ]),
)

let gazette: TempGazette
let payload: Payload
let orgId: number | string

const day = (d: string) => `${d}T04:00:00.000Z`
const document = (fields: Record<string, unknown>) => ({
  title: '测试市2024年市级预算执行情况',
  kind: 'budget',
  issuers: [orgId],
  writtenDate: day('2024-03-01'),
  publishedDate: day('2024-03-05'),
  disclosure: 'proactive',
  _status: 'published',
  ...fields,
})

type Option = { label: unknown; value: string }
const kindOptions = (fields: readonly ClientField[]): Option[] =>
  (fields.find((field) => 'name' in field && field.name === 'kind') as { options?: Option[] } | undefined)?.options ?? []

beforeAll(async () => {
  process.env.DOCUMENT_KINDS_FILE = kindsFile
  gazette = await startTempGazette()
  payload = gazette.payload
  orgId = (await payload.create({ collection: 'organizations', data: { name: '测试市财政局', slug: 'test-finance' } })).id
}, 120_000)

afterAll(async () => {
  await gazette?.cleanup()
  delete process.env.DOCUMENT_KINDS_FILE
  fs.rmSync(kindsDir, { recursive: true, force: true })
})

describe('文件类型 follows the configured list', () => {
  it('is offered in the list’s order for documents and issuing codes, in the config the admin renders', async () => {
    const i18n = await getLocalI18n({ config: payload.config, language: 'zh' })
    const clientConfig = createClientConfig({ config: payload.config, i18n, importMap: {}, user: true as never })
    for (const slug of ['documents', 'issuing-codes']) {
      const client = clientConfig.collections.find((collection) => collection.slug === slug)
      expect(
        kindOptions(client?.fields ?? []).map((option) => [option.value, option.label]),
        slug,
      ).toEqual([
        ['rule', '政府规章'],
        ['budget', '预算决算'],
        ['other', '其他文件'],
      ])
    }
  })

  it('saves a document of the configured kind and exports it with the list in the manifest', async () => {
    const saved = await payload.create({ collection: 'documents', data: document({ slug: 'budget-2024' }) as never })
    expect(saved.kind).toBe('budget')
    const outDir = path.join(gazette.dir, 'snapshot')
    await exportSnapshot(payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai', asOf: '2024-06-01' })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')))
    expect(manifest.gazette.kinds.map((kind) => [kind.value, kind.label, kind.catalogue])).toEqual([
      ['rule', '政府规章', true],
      ['budget', '预算决算', true],
      ['other', '其他文件', false],
    ])
    expect(manifest.documents.find((summary) => summary.id === 'budget-2024')?.kind).toBe('budget')
  })

  it('refuses in Chinese a save naming a kind the list no longer holds', async () => {
    const saving = payload.create({ collection: 'documents', data: document({ kind: 'law', slug: 'a-law' }) as never })
    await expect(saving).rejects.toThrow()
    const error = (await saving.catch((caught: unknown) => caught)) as { data?: { errors?: Array<{ path: string; message: string }> } }
    expect(error.data?.errors).toContainEqual(expect.objectContaining({ path: 'kind', message: messages.unconfiguredKind('law') }))
    expect((await payload.count({ collection: 'documents', where: { slug: { equals: 'a-law' } } })).totalDocs).toBe(0)
  })

  it('reads and exports a document whose stored kind is no longer configured, as stored', async () => {
    const saved = await payload.create({
      collection: 'documents',
      data: document({ kind: 'other', slug: 'retired-kind', title: '已停用文种的文件' }) as never,
    })
    // What an older list left in the database: written past validation, as a removed kind would be.
    await payload.db.updateOne({ collection: 'documents', id: saved.id, data: { kind: 'appointments' } })
    expect((await payload.findByID({ collection: 'documents', id: saved.id })).kind).toBe('appointments')
    const response = await gazette.rest(`/api/documents/${saved.id}`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { kind: string }).kind).toBe('appointments')
    const outDir = path.join(gazette.dir, 'snapshot-retired')
    await exportSnapshot(payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai', asOf: '2024-06-01' })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')))
    expect(manifest.documents.find((summary) => summary.id === 'retired-kind')?.kind).toBe('appointments')
  })
})
