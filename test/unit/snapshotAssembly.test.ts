/**
 * One snapshot assembler (core/snapshot/assembleSnapshot.ts) for both writers: the CMS's
 * export and the corpus writer. The corpus writer writes exactly what the assembler
 * returns; both reach the assembler through their imports; and what the assembler
 * derives (links both ways, relations naming the strict number, only the organisations
 * named) holds for any rows.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { reachableFiles } from '../../core/build/importGraph'
import { repoRoot } from '../../core/paths'
import { assembleSnapshot, type DocumentRow } from '../../core/snapshot/assembleSnapshot'
import { jsonBytes } from '../../core/snapshot/snapshotJson'
import { generateCorpus, writeCorpusSnapshot } from '../../scripts/corpus'
import { assembleCorpusSnapshot } from '../../scripts/corpus/writeCorpusSnapshot'

const ASSEMBLER = 'core/snapshot/assembleSnapshot.ts'
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-assembly-'))
afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

const org = (slug: string) => ({ slug, name: `${slug}局`, shortName: null })
const lexical = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text, format: 0 }] }] },
})
const documentRow = (id: string, overrides: Partial<DocumentRow> = {}): DocumentRow => ({
  id,
  title: `文件${id}`,
  docNumber: null,
  docNumberRaw: null,
  unifiedNumber: null,
  indexNumber: null,
  kind: 'other',
  issuers: [org('a')],
  writtenDate: '2024-01-02',
  publishedDate: '2024-01-03',
  effectiveDate: null,
  expiresOn: null,
  repealedOn: null,
  interpretationBody: null,
  disclosure: 'proactive',
  subject: null,
  keywords: [],
  aliases: [],
  body: { lexical: lexical(`正文${id}`) as never },
  attachments: [],
  updatedAt: '2024-01-03T02:00:00.000Z',
  ...overrides,
})

describe('the snapshot assembler', () => {
  it('is what both the export and the corpus writer build snapshots with', () => {
    expect(reachableFiles(repoRoot, 'cms/export/exportSnapshot.ts')).toContain(ASSEMBLER)
    expect(reachableFiles(repoRoot, 'scripts/corpus/writeCorpusSnapshot.ts')).toContain(ASSEMBLER)
  })

  it('gives the corpus writer every file it writes, byte for byte', () => {
    const corpus = generateCorpus({ documents: 40, seed: 3 })
    const options = { asOf: '2026-01-01', generatedAt: '2026-01-01T00:00:00.000Z' }
    const dir = path.join(work, 'corpus')
    writeCorpusSnapshot(corpus, dir, options)
    const assembled = assembleCorpusSnapshot(corpus, options)
    const written = fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    expect(written.sort()).toEqual(assembled.files.map((file) => file.path).sort())
    for (const file of assembled.files) expect(fs.readFileSync(path.join(dir, file.path)).equals(jsonBytes(file.value))).toBe(true)
  })

  it('derives the links, the relations and the organisations named from the rows', () => {
    const assembled = assembleSnapshot({
      gazette: { name: '测试公报', timeZone: 'Asia/Shanghai' },
      asOf: '2025-01-01',
      generatedAt: '2025-01-01T00:00:00.000Z',
      documents: [
        documentRow('old', { docNumber: '测政发〔2020〕1号', docNumberRaw: '测政发[2020]1号' }),
        documentRow('new', { docNumberRaw: '随手写的字号', publishedDate: '2024-02-01', interpretationBody: org('b') }),
      ],
      relations: [{ kind: 'repeals', from: 'new', to: 'old', date: '2024-02-01' }],
      interpretations: [
        {
          id: 'explains',
          title: '解读',
          form: 'text',
          interpretationBody: org('b'),
          documents: ['new', 'not-public'],
          publishedDate: '2024-02-02',
          body: { previousFile: '/previous/interpretations/explains.json' },
          images: [],
          video: null,
          attachments: [],
          updatedAt: '2024-02-02T02:00:00.000Z',
        },
      ],
    })
    const [old, recent] = assembled.documents
    expect(old?.docNumber).toBe('测政发〔2020〕1号')
    expect(recent?.docNumber).toBe('随手写的字号')
    // The relation names the other document by its strict number only.
    expect(recent?.relations).toEqual([expect.objectContaining({ documentId: 'old', docNumber: '测政发〔2020〕1号' })])
    expect(old?.relations).toEqual([expect.objectContaining({ documentId: 'new', docNumber: null })])
    expect(old?.validity.status).toBe('repealed')
    expect(recent?.interpretations.map((item) => item.id)).toEqual(['explains'])
    expect(assembled.interpretations[0]?.documents.map((doc) => doc.id)).toEqual(['new'])
    expect(assembled.manifest.documents.map((doc) => doc.id)).toEqual(['new', 'old'])
    expect(assembled.manifest.organizations.map((o) => o.slug)).toEqual(['a', 'b'])
    // A body kept from the previous file is the placeholder the writer fills from that file.
    const kept = assembled.files.find((file) => file.path === 'interpretations/explains.json')
    expect(kept?.previousFile).toBe('/previous/interpretations/explains.json')
    expect(assembled.interpretations[0]?.body).toEqual([])
    expect(assembled.files.at(-1)?.path).toBe('manifest.json')
  })

  it('lists in the manifest the titles a document took the place of, from its relations and its own repeal clause', () => {
    const clause = '本办法自2024年3月1日起施行。《测试市旧办法》（测政发〔2010〕3号）同时废止。'
    const rows = (body: DocumentRow['body']) =>
      assembleSnapshot({
        gazette: { name: '测试公报', timeZone: 'Asia/Shanghai' },
        asOf: '2025-01-01',
        generatedAt: '2025-01-01T00:00:00.000Z',
        documents: [documentRow('old'), documentRow('new', { publishedDate: '2024-02-01', body })],
        relations: [{ kind: 'replaces', from: 'new', to: 'old', date: '2024-02-01' }],
        interpretations: [],
      }).manifest.documents.find((doc) => doc.id === 'new')?.supersededTitles
    const expected = [
      { title: '文件old', relation: 'replaces' },
      { title: '测试市旧办法', relation: 'replaces' },
    ]
    expect(rows({ lexical: lexical(clause) as never })).toEqual(expected)
    // An unchanged document of an incremental export keeps its body file, and still its clause.
    expect(rows({ previousFile: '/previous/documents/new.json', lexical: lexical(clause) as never })).toEqual(expected)
  })

  it('passes old names on along replacements, not along repeals', () => {
    const manifest = assembleSnapshot({
      gazette: { name: '测试公报', timeZone: 'Asia/Shanghai' },
      asOf: '2025-01-01',
      generatedAt: '2025-01-01T00:00:00.000Z',
      documents: [
        documentRow('first', { title: '测试条例' }),
        documentRow('second', {
          title: '测试法',
          publishedDate: '2020-01-01',
          body: { lexical: lexical('本法自2020年1月1日起施行。《测试条例》同时废止。') as never },
        }),
        documentRow('third', { title: '测试法', publishedDate: '2024-01-01' }),
        documentRow('decision', { title: '关于废止部分文件的决定', publishedDate: '2024-06-01' }),
      ],
      relations: [
        { kind: 'replaces', from: 'third', to: 'second', date: '2024-01-01' },
        { kind: 'repeals', from: 'decision', to: 'third', date: '2024-06-01' },
      ],
      interpretations: [],
    }).manifest
    const namesOf = (id: string) => manifest.documents.find((doc) => doc.id === id)?.supersededTitles.map((name) => name.title)
    // The 2024 text answers to the name its predecessor took over; its own title is not an old name.
    expect(namesOf('second')).toEqual(['测试条例'])
    expect(namesOf('third')).toEqual(['测试条例'])
    // The repeal decision takes the title it repeals, not that text's old names.
    expect(namesOf('decision')).toEqual(['测试法'])
  })

  it('takes the 修改 relations from the version histories, over an entered record of the same two documents', () => {
    const assembled = assembleSnapshot({
      gazette: { name: '测试公报', timeZone: 'Asia/Shanghai' },
      asOf: '2025-01-01',
      generatedAt: '2025-01-01T00:00:00.000Z',
      documents: [
        documentRow('rule', {
          title: '测试办法（2024年修正）',
          publishedDate: '2024-06-01',
          effectiveDate: '2024-07-01',
          versionKind: 'amendment',
          amendedBy: { type: 'document', documentId: 'decision' },
          earlierVersions: [
            {
              kind: 'original',
              title: '测试办法',
              body: lexical('第一条 原文。') as never,
              promulgatedDate: '2023-01-03',
              effectiveDate: '2023-02-01',
              amendedBy: null,
            },
          ],
        }),
        documentRow('decision', { title: '关于修改《测试办法》的决定', publishedDate: '2024-06-01' }),
        documentRow('other', { title: '另一文件', publishedDate: '2024-05-01' }),
      ],
      // An entered 修改 of the same two documents, with another day: the history's day is kept.
      relations: [
        { kind: 'amends', from: 'decision', to: 'rule', date: '2024-06-15' },
        { kind: 'repeals', from: 'other', to: 'decision', date: '2024-12-01' },
      ],
      interpretations: [],
    })
    const byId = new Map(assembled.documents.map((document) => [document.id, document]))
    expect(byId.get('rule')?.relations).toEqual([
      expect.objectContaining({ side: 'amendedBy', documentId: 'decision', date: '2024-07-01' }),
    ])
    expect(byId.get('decision')?.relations).toEqual([
      expect.objectContaining({ side: 'amends', documentId: 'rule', date: '2024-07-01' }),
      expect.objectContaining({ side: 'repealedBy', documentId: 'other' }),
    ])
    expect(byId.get('rule')?.validity.status).toBe('amended')
  })
})
