/**
 * Importing what an office already has, on the real database: the five seed files
 * (and a Word file) become drafts with their metadata, the original attached when the
 * media library takes it (a Word file, not text) and a report; importing again updates instead of duplicating; another file with
 * a number already in use is refused as a duplicate; unreadable files are named
 * with the reason; --dry-run --json prints the fields and touches no database.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSampleDocuments } from '../../scripts/lib/samples'
import { importFile } from '../../cms/import/importFile'
import { readSourceFile } from '../../cms/import/readSourceFile'
import { seedsDir } from '../fixtures/seedsDir'
import { minimalDocx } from './helpers/minimalDocx'
import { signIn } from './helpers/reviewFlow'
import { registerSampleOrganizations } from './helpers/sampleRegister'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

const seedFiles = fs
  .readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
let gazette: TempGazette

async function importPath(file: string) {
  return importFile(gazette.payload, { name: path.basename(file), bytes: fs.readFileSync(file), text: await readSourceFile(file) })
}

beforeAll(async () => {
  gazette = await startTempGazette()
  await registerSampleOrganizations(gazette.payload)
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('importing the seed documents', () => {
  it('makes each a draft with its metadata, its source file and a report', async () => {
    const samples = readSampleDocuments()
    for (const name of seedFiles) {
      const outcome = await importPath(path.join(seedsDir, name))
      const sample = samples.find((s) => (s as { source?: string }).source === name)
      const doc = await gazette.payload.findByID({ collection: 'documents', id: outcome.id, draft: true, depth: 1 })
      expect(doc._status).toBe('draft')
      expect(doc.title).toBe(sample?.title)
      expect(doc.docNumberRaw ?? null).toBe(sample?.docNumberRaw ?? null)
      if (sample?.writtenDate) expect(doc.writtenDate?.slice(0, 10)).toBe(sample.writtenDate)
      const issuers = (doc.issuers ?? []).map((o) => (typeof o === 'object' ? o.slug : o))
      expect(issuers).toEqual(sample?.issuers)
      expect(doc.disclosure).toBe('proactive')
      // A text original is not kept: the media library takes no text (core/uploads/uploadTypes.ts).
      expect(doc.importSource ?? null).toBeNull()
      expect(doc.importReport).toContain(`原件“${name}”未作为素材保存`)
      expect(doc.importReport).toContain('文件类型请手工选择')
      expect(JSON.stringify(doc.body)).not.toMatch(/上一条|下一条|版权所有|浏览次数|发布者/)
    }
  })

  it('updates the same drafts when the files are imported again', async () => {
    const before = (await gazette.payload.count({ collection: 'documents' })).totalDocs
    const outcomes = []
    for (const name of seedFiles) outcomes.push(await importPath(path.join(seedsDir, name)))
    expect(outcomes.every((o) => !o.created)).toBe(true)
    expect((await gazette.payload.count({ collection: 'documents' })).totalDocs).toBe(before)
  })

  it('refuses a file whose number another document already has, as a likely duplicate', async () => {
    const yuncheng = seedFiles.find((f) => f.startsWith('001_')) as string
    const copy = path.resolve('.tmp', `import-copy-${process.pid}.txt`)
    // Another file with the same text: a new import key, the number the first import holds.
    fs.writeFileSync(copy, `${fs.readFileSync(path.join(seedsDir, yuncheng), 'utf8')}\n`)
    const before = (await gazette.payload.count({ collection: 'documents' })).totalDocs
    try {
      await expect(importPath(copy)).rejects.toThrow(/发文字号“运政办发〔2022〕18号”已被《.+》使用，疑为重复文件/)
      expect((await gazette.payload.count({ collection: 'documents' })).totalDocs).toBe(before)
    } finally {
      fs.rmSync(copy, { force: true })
    }
  })

  it('never publishes what it imports', async () => {
    const response = await gazette.rest('/api/documents?limit=100&depth=0')
    const publicIds = ((await response.json()) as { docs: Array<{ importKey?: string | null }> }).docs
    expect(publicIds.every((d) => !d.importKey)).toBe(true)
  })
})

describe('other files', () => {
  it('a saved gov.cn page: the wrapped title whole, the dates as its table states them, an unregistered organ proposed by name', async () => {
    const outcome = await importPath(path.resolve('test/fixtures/import/govcn/5365945.html'))
    expect(outcome.extracted.title?.value).toBe('国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见')
    expect(outcome.proposedIssuers).toEqual(['国务院'])
    expect(outcome.report[0]).toContain('建议发文机关：国务院')
    const doc = await gazette.payload.findByID({ collection: 'documents', id: outcome.id, draft: true, depth: 0 })
    expect(doc.writtenDate?.slice(0, 10)).toBe('2019-01-27')
    expect(doc.importReport).toContain('建议发文机关：国务院')
    expect(doc.keywords ?? []).toEqual([])
  })

  const dir = path.resolve('.tmp', `import-${process.pid}`)

  beforeAll(() => fs.mkdirSync(dir, { recursive: true }))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('reads a Word file', async () => {
    const file = path.join(dir, '通知.docx')
    fs.writeFileSync(
      file,
      minimalDocx([
        '测试市人民政府办公室关于做好政务公开工作的通知',
        '测政办发〔2024〕9号',
        '各县人民政府：',
        '现将有关事项通知如下。',
        '测试市人民政府办公室',
        '2024年3月1日',
      ]),
    )
    const outcome = await importPath(file)
    expect(outcome.extracted.title?.value).toBe('测试市人民政府办公室关于做好政务公开工作的通知')
    expect(outcome.extracted.docNumber?.value.strict).toBe('测政办发〔2024〕9号')
    expect(outcome.extracted.writtenDate?.value).toBe('2024-03-01')
  })

  it.each([
    ['empty.txt', Buffer.alloc(0), '文件为空'],
    ['broken.docx', Buffer.from('not a zip at all'), '无法解析 Word 文件'],
    ['scan.pdf', Buffer.from('%PDF-1.4'), '不支持的文件类型'],
  ])('names %s as unreadable, with the reason', async (name, bytes, reason) => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, bytes)
    await expect(readSourceFile(file)).rejects.toThrow(reason)
  })

  it('reads GB18030 text written by older systems', async () => {
    const file = path.join(dir, 'gbk.txt')
    // 关于 in GB18030: B9 D8 D3 DA.
    fs.writeFileSync(file, Buffer.from([0xb9, 0xd8, 0xd3, 0xda]))
    expect(await readSourceFile(file)).toBe('关于')
  })

  it('imports one uploaded file for an editor in the admin, and refuses the public', async () => {
    const form = () => {
      const data = new FormData()
      const docx = minimalDocx(['测试市人民政府办公室关于上传导入的通知', '各单位：', '现将有关事项通知如下。'])
      data.append('file', new Blob([new Uint8Array(docx)]), '上传.docx')
      return data
    }
    const anonymous = await gazette.rest('/api/documents/import', { method: 'POST', body: form() })
    expect(anonymous.status).toBe(403)
    const editor = await signIn(gazette, 'import-editor@example.gov.cn', ['editor'])
    const response = await gazette.rest('/api/documents/import', {
      method: 'POST',
      body: form(),
      headers: { Authorization: `JWT ${editor}` },
    })
    expect(response.status).toBe(200)
    // One JSON line per event (cms/import/batchResult.ts): start, the file, end.
    const events = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; result?: { id: number; title: string } })
    expect(events.map((e) => e.type)).toEqual(['start', 'file', 'end'])
    const body = events[1]?.result as { id: number; title: string }
    expect(body.title).toBe('测试市人民政府办公室关于上传导入的通知')
    const doc = await gazette.payload.findByID({ collection: 'documents', id: body.id, draft: true, depth: 1 })
    expect(doc._status).toBe('draft')
    // A Word original is kept beside the draft, with the type the upload rule gives it.
    expect(typeof doc.importSource === 'object' && doc.importSource?.filename).toBe('上传.docx')
    expect(typeof doc.importSource === 'object' && doc.importSource?.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    const empty = new FormData()
    empty.append('file', new Blob([]), '空.txt')
    const refused = await gazette.rest('/api/documents/import', {
      method: 'POST',
      body: empty,
      headers: { Authorization: `JWT ${editor}` },
    })
    expect(refused.status).toBe(200)
    expect(await refused.text()).toContain('"status":"refused","reason":"文件为空"')
  })

  it('previews with --dry-run --json and touches no database', () => {
    const dataDir = path.join(dir, 'no-db')
    const result = spawnSync(
      path.resolve('node_modules/.bin/tsx'),
      ['scripts/import.ts', seedsDir, path.join(dir, 'empty.txt'), '--dry-run', '--json'],
      {
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URI: '' },
        encoding: 'utf8',
      },
    )
    expect(result.status).toBe(0)
    const previews = JSON.parse(result.stdout) as Array<{ title: string; docNumber: string | null; writtenDate: string | null }>
    expect(previews).toHaveLength(seedFiles.length)
    expect(previews.map((p) => p.docNumber)).toContain('运政办发〔2022〕18号')
    expect(result.stderr).toContain('文件为空')
    expect(fs.existsSync(path.join(dataDir, 'gongbao.db'))).toBe(false)
  })
})
