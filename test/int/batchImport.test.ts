/**
 * Batch import on the real database, through the real endpoint: a .zip built here
 * (fflate) of real saved government pages, a real seed file, a Word file and the bad
 * files an office's folders hold — a duplicate, a copy, a scan, an old Word file, a
 * broken and an empty one, a path out of the archive, a file that unpacks past the
 * limit, an archive inside — gives an exact per-file report; drafts exist for the good
 * files only, nothing is published and no draft has a 发布日期. The limits refuse in
 * Chinese, and `npm run import` prints the same report for the same archive.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BatchEvent, ImportFileResult } from '../../cms/import/batchResult'
import { importMessages } from '../../cms/import/importMessages'
import { readSampleDocuments } from '../../scripts/lib/samples'
import { seedsDir } from '../fixtures/seedsDir'
import { minimalDocx } from './helpers/minimalDocx'
import { signIn } from './helpers/reviewFlow'
import { registerSampleOrganizations } from './helpers/sampleRegister'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const fixtures = path.resolve('test/fixtures/import')
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name))
const expectedTitle = (name: string) =>
  (JSON.parse(fs.readFileSync(path.join(fixtures, name.replace(/\.html$/, '.json')), 'utf8')) as { title: string }).title
const seedName = fs.readdirSync(seedsDir).find((f) => f.startsWith('001_')) as string
const seed = fs.readFileSync(path.join(seedsDir, seedName))
const seedTitle = readSampleDocuments().find((s) => (s as { source?: string }).source === seedName)?.title as string
const TEN_MB = 10 * 1024 * 1024

/** The archive an office might send: nested folders, good files, bad ones and the junk of two desktops. */
function officeArchive(): Buffer {
  const files: Record<string, Uint8Array> = {
    '公文/国务院/5365945.html': fixture('govcn/5365945.html'),
    '公文/邯郸/t20200802_1352104.html': fixture('hd-gov-cn/t20200802_1352104.html'),
    '公文/运城/001.txt': seed,
    // Another file of the same document: a new content, the number the first already holds.
    '公文/运城/001-副本.txt': Buffer.concat([seed, Buffer.from('\n')]),
    // The very same bytes again, in another folder.
    '公文/备份/001.txt': seed,
    '公文/通知.docx': minimalDocx([
      '测试市人民政府办公室关于批量导入的通知',
      '测政办发〔2024〕12号',
      '各单位：',
      '现将有关事项通知如下。',
      '测试市人民政府办公室',
      '2024年3月1日',
    ]),
    '扫描件.pdf': strToU8('%PDF-1.4'),
    '旧文件.doc': strToU8('old word'),
    '损坏.docx': strToU8('not a zip at all'),
    '空.txt': new Uint8Array(0),
    '../evil.txt': strToU8('逃出压缩包'),
    // Zeros compress to a few kilobytes and unpack past the 10 MB limit.
    '大文件.txt': new Uint8Array(TEN_MB + 1),
    '内层.zip': zipSync({ 'a.txt': strToU8('甲') }),
    '__MACOSX/公文/国务院/._5365945.html': strToU8('junk'),
    '公文/.DS_Store': strToU8('junk'),
    '公文/Thumbs.db': strToU8('junk'),
  }
  return Buffer.from(zipSync(files))
}

type Report = Array<
  Pick<ImportFileResult, 'file' | 'status'> & { title?: string; docNumber?: string | null; reason?: string; existing?: string }
>

/** What the report must say, file by file, for the archive uploaded under `zipName`. */
function expectedReport(zipName: string, seedId: unknown): Report {
  const at = (entry: string) => `${zipName}/${entry}`
  return [
    { file: at('公文/国务院/5365945.html'), status: 'created', title: expectedTitle('govcn/5365945.html'), docNumber: '国发〔2019〕5号' },
    {
      file: at('公文/邯郸/t20200802_1352104.html'),
      status: 'created',
      title: expectedTitle('hd-gov-cn/t20200802_1352104.html'),
      docNumber: null,
    },
    { file: at('公文/运城/001.txt'), status: 'created', title: seedTitle, docNumber: '运政办发〔2022〕18号' },
    {
      file: at('公文/运城/001-副本.txt'),
      status: 'refused',
      reason: importMessages.duplicateNumber('运政办发〔2022〕18号', seedTitle),
      existing: String(seedId),
    },
    { file: at('公文/备份/001.txt'), status: 'refused', reason: importMessages.sameInBatch(at('公文/运城/001.txt')) },
    { file: at('公文/通知.docx'), status: 'created', title: '测试市人民政府办公室关于批量导入的通知', docNumber: '测政办发〔2024〕12号' },
    { file: at('扫描件.pdf'), status: 'refused', reason: '不支持的文件类型“.pdf”，可导入 .txt、.html、.htm、.docx' },
    {
      file: at('旧文件.doc'),
      status: 'refused',
      reason: '不支持的文件类型“.doc”，可导入 .txt、.html、.htm、.docx；旧版 Word 或 WPS 文件请另存为 .docx 后再导入',
    },
    { file: at('损坏.docx'), status: 'refused', reason: '无法解析 Word 文件（可能已损坏或不是 .docx 格式）' },
    { file: at('空.txt'), status: 'refused', reason: '文件为空' },
    { file: at('../evil.txt'), status: 'refused', reason: importMessages.zipUnsafePath },
    { file: at('大文件.txt'), status: 'refused', reason: importMessages.zipUnpackedTooLarge(TEN_MB + 1, TEN_MB) },
    { file: at('内层.zip'), status: 'refused', reason: importMessages.nestedZip },
  ]
}

/** The report as compared: the Word parser's own words after its reason are left out. */
function comparable(results: ImportFileResult[]): Report {
  return results.map((r) =>
    r.status === 'refused'
      ? {
          file: r.file,
          status: r.status,
          reason: r.reason.replace(/(（可能已损坏或不是 \.docx 格式）).*$/, '$1'),
          ...(r.existing ? { existing: String(r.existing.id) } : {}),
        }
      : { file: r.file, status: r.status, title: r.title, docNumber: r.docNumber },
  )
}

let gazette: TempGazette
let editor: string
const work = path.resolve('.tmp', `batch-import-${process.pid}`)

beforeAll(async () => {
  gazette = await startTempGazette()
  await registerSampleOrganizations(gazette.payload)
  editor = await signIn(gazette, 'batch-editor@example.gov.cn', ['editor'])
  fs.mkdirSync(work, { recursive: true })
})

afterAll(async () => {
  await gazette?.cleanup()
  fs.rmSync(work, { recursive: true, force: true })
})

/** Posts the files as a browser does: one multipart body, its length declared unless `declareLength` is false. */
async function upload(files: Array<{ name: string; bytes: Uint8Array }>, token = editor, declareLength = true): Promise<Response> {
  const form = new FormData()
  for (const file of files) form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name)
  const encoded = new Response(form)
  const body = new Uint8Array(await encoded.arrayBuffer())
  const headers: Record<string, string> = { Authorization: `JWT ${token}`, 'Content-Type': encoded.headers.get('content-type') as string }
  if (declareLength) headers['Content-Length'] = String(body.length)
  return gazette.rest('/api/documents/import', { method: 'POST', body, headers })
}

async function events(response: Response): Promise<BatchEvent[]> {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toContain('application/x-ndjson')
  return (await response.text())
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as BatchEvent)
}

const resultsOf = (list: BatchEvent[]) => list.flatMap((e) => (e.type === 'file' ? [e.result] : []))

describe('a .zip uploaded in the admin', () => {
  let results: ImportFileResult[]

  it('imports every good file as a draft and says, file by file, what became of the rest', async () => {
    const before = (await gazette.payload.count({ collection: 'documents' })).totalDocs
    const list = await events(await upload([{ name: '批量.zip', bytes: officeArchive() }]))
    results = resultsOf(list)
    expect(list[0]).toEqual({ type: 'start', files: 13 })
    expect(list.at(-1)).toEqual({ type: 'end', summary: { created: 4, updated: 0, refused: 9 } })
    const seedId = results.find((r) => r.file === '批量.zip/公文/运城/001.txt' && r.status === 'created')
    expect(comparable(results)).toEqual(expectedReport('批量.zip', seedId && 'id' in seedId ? seedId.id : 'missing'))
    expect((await gazette.payload.count({ collection: 'documents' })).totalDocs).toBe(before + 4)
  })

  it('leaves every draft unpublished, 发布日期 empty, and the page’s own date in the report', async () => {
    const { docs } = await gazette.payload.find({
      collection: 'documents',
      where: { importKey: { exists: true } },
      draft: true,
      depth: 0,
      limit: 100,
    })
    expect(docs).toHaveLength(4)
    for (const doc of docs) {
      expect(doc._status).toBe('draft')
      expect(doc.publishedDate ?? null).toBeNull()
    }
    expect((await gazette.payload.count({ collection: 'documents', where: { _status: { equals: 'published' } } })).totalDocs).toBe(0)
    const govcn = docs.find((d) => d.docNumber === '国发〔2019〕5号')
    expect(govcn?.writtenDate?.slice(0, 10)).toBe('2019-01-27')
    expect(govcn?.importReport).toContain(importMessages.sourcePublishedDate('2019-02-15'))
    const handan = docs.find((d) => d.title === expectedTitle('hd-gov-cn/t20200802_1352104.html'))
    expect(handan?.importReport).toContain(importMessages.sourcePublishedDate('2020-08-02'))
    // The public sees none of it.
    const publicList = (await (await gazette.rest('/api/documents?limit=100&depth=0')).json()) as { totalDocs: number }
    expect(publicList.totalDocs).toBe(0)
  })

  it('lists the notes to check with each draft, and keeps the Word original', async () => {
    const word = results.find((r) => r.file === '批量.zip/公文/通知.docx')
    expect(word?.status).toBe('created')
    const notes = word && 'notes' in word ? word.notes : []
    expect(notes.at(-1)).toMatch(/^缺少：.*；文件类型请手工选择$/)
    expect(notes.join('\n')).not.toContain('发布日期')
    const doc = await gazette.payload.findByID({ collection: 'documents', id: (word as { id: number }).id, draft: true, depth: 1 })
    expect(typeof doc.importSource === 'object' && doc.importSource?.filename).toBe('通知.docx')
  })

  it('updates the same drafts when the same archive comes again, and adds nothing', async () => {
    const before = (await gazette.payload.count({ collection: 'documents' })).totalDocs
    const again = resultsOf(await events(await upload([{ name: '批量.zip', bytes: officeArchive() }])))
    expect(again.map((r) => r.status)).toEqual(results.map((r) => (r.status === 'created' ? 'updated' : 'refused')))
    expect((await gazette.payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })
})

describe('several files in one upload', () => {
  it('imports each on its own', async () => {
    const other = fs.readdirSync(seedsDir).find((f) => f.startsWith('002_')) as string
    const list = await events(
      await upload([
        { name: other, bytes: fs.readFileSync(path.join(seedsDir, other)) },
        { name: '说明.md', bytes: strToU8('# 说明') },
      ]),
    )
    expect(resultsOf(list).map((r) => [r.file, r.status])).toEqual([
      [other, 'created'],
      ['说明.md', 'refused'],
    ])
  })
})

describe('refusals of a whole upload', () => {
  const withEnv = async (env: Record<string, string>, run: () => Promise<void>) => {
    Object.assign(process.env, env)
    try {
      await run()
    } finally {
      for (const key of Object.keys(env)) delete process.env[key]
    }
  }

  it('refuses staff who may not import, and a request that is not a form', async () => {
    const reviewer = await signIn(gazette, 'batch-reviewer@example.gov.cn', ['reviewer'])
    const refused = await upload([{ name: 'a.txt', bytes: strToU8('甲') }], reviewer)
    expect(refused.status).toBe(403)
    expect(await refused.json()).toEqual({ errors: [{ message: importMessages.forbidden }] })
    const json = await gazette.rest('/api/documents/import', {
      method: 'POST',
      body: JSON.stringify({ file: 'a.txt' }),
      headers: { Authorization: `JWT ${editor}`, 'Content-Type': 'application/json' },
    })
    expect(json.status).toBe(400)
    expect(await json.json()).toEqual({ errors: [{ message: importMessages.notMultipart }] })
  })

  it('holds to IMPORT_MAX_FILES: too many files chosen, too many in an archive', async () => {
    await withEnv({ IMPORT_MAX_FILES: '2' }, async () => {
      const three = ['a', 'b', 'c'].map((n) => ({ name: `${n}.txt`, bytes: strToU8(n) }))
      const tooMany = await upload(three)
      expect(tooMany.status).toBe(400)
      expect(await tooMany.json()).toEqual({ errors: [{ message: importMessages.tooManySelected(3, 2) }] })
      const archive = Buffer.from(zipSync(Object.fromEntries(three.map((f) => [f.name, f.bytes]))))
      const list = await events(await upload([{ name: '三个.zip', bytes: archive }]))
      expect(resultsOf(list)).toEqual([{ file: '三个.zip', status: 'refused', reason: importMessages.zipTooManyFiles(2) }])
    })
  })

  it('holds to IMPORT_MAX_BYTES: an upload past it is cut off, a file past it refused', async () => {
    await withEnv({ IMPORT_MAX_BYTES: '1024' }, async () => {
      // Refused on the declared length, and, undeclared, once the body passes the limit.
      for (const declared of [true, false]) {
        const huge = await upload([{ name: 'huge.txt', bytes: new Uint8Array(200 * 1024) }], editor, declared)
        expect(huge.status).toBe(413)
        expect(await huge.json()).toEqual({ errors: [{ message: importMessages.uploadTooLarge(1024) }] })
      }
      const list = await events(await upload([{ name: 'big.txt', bytes: new Uint8Array(2048).fill(0x41) }]))
      expect(resultsOf(list)).toEqual([{ file: 'big.txt', status: 'refused', reason: importMessages.fileTooLarge(2048, 1024) }])
    })
  })
})

describe('npm run import', () => {
  it('prints the same report for the same archive', () => {
    const archive = path.join(work, '批量.zip')
    fs.writeFileSync(archive, officeArchive())
    const dataDir = path.join(work, 'cli-db')
    fs.mkdirSync(dataDir, { recursive: true })
    const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/import.ts', archive], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URI: `file:${path.join(dataDir, 'cli.db')}`, GONGBAO_JOBS: 'off' },
      encoding: 'utf8',
      timeout: 300_000,
    })
    expect(result.status, result.stderr).toBe(0)
    const lines = result.stdout.split('\n')
    const expected = expectedReport(archive, '')
    expect(lines).toContain(`共 ${expected.length} 个文件`)
    for (const [index, item] of expected.entries()) {
      const head = `[${index + 1}/${expected.length}] ${item.file} → `
      const line = lines.find((l) => l.startsWith(head)) ?? `(no line for ${item.file})`
      if (item.status === 'refused') expect(line.startsWith(`${head}未导入：${item.reason}`), line).toBe(true)
      else
        expect(line, line).toMatch(
          new RegExp(
            `^${escape(head)}已导入：《${escape(item.title as string)}》${item.docNumber ? ` ${escape(item.docNumber)}` : ''}  http.*/admin/collections/documents/\\d+$`,
          ),
        )
    }
    expect(lines.some((l) => l.startsWith('完成：已导入 4 个，未导入 9 个，用时'))).toBe(true)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
