/**
 * Crash safety of the CMS's own writes, on real processes: a child process saves a
 * document with an attachment, allocates a 发文字号, imports Word files (`npm run import`)
 * or publishes a gazette issue on the test's database, and kills itself with SIGKILL at a
 * named step (GONGBAO_CRASH_AT, core/crashPoint.ts). This process then opens the same
 * database as the restarted CMS and checks that nothing is half done — no document
 * without its attachment, no record without its file, no number given twice or lost
 * without trace, no issue published without its PDF — and that the interrupted work can
 * be done again or is reported. An upload on a full disk is refused with 磁盘空间不足 and
 * changes nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { importBatch } from '../../cms/import/importBatch'
import { batchFromPaths } from '../../cms/import/batchItems'
import { importLimits } from '../../cms/import/importLimits'
import { loadSeriesByYear } from '../../cms/numbering/loadSeriesByYear'
import { RESERVE_BYTES } from '../../cms/uploads/diskSpace'
import { fromCalendarDate } from '../../core/calendar/calendarDate'
import { pipelineSettings } from '../../core/settings'
import { snapshotPaths } from '../../core/snapshot/schema'
import { seedSamples } from '../../scripts/lib/seedSamples'
import { contentProblems, wholePdf } from './helpers/crashInvariants'
import { type ChildRun, runChild } from './helpers/crashRun'
import { mountSmallDisk, type SmallDisk } from './helpers/crashTmpfs'
import { minimalDocx } from './helpers/minimalDocx'
import { signIn } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'
import { minimalPdf } from './helpers/uploadSamples'

const CHILD = 'test/int/helpers/crashChild.ts'

let gazette: TempGazette
/** A tmpfs under the uploads, for the disk-full test; the reason when it could not be mounted. */
let smallDisk: SmallDisk | string
const figures: string[] = []

function expectKilledAt(run: ChildRun, point: string): void {
  expect(run.signal, `${run.stdout}\n${run.stderr}`).toBe('SIGKILL')
  expect(run.crashedAt).toBe(point)
  figures.push(`${point}: child killed after ${(run.ms / 1000).toFixed(1)} s`)
}

async function mediaNamed(filename: string) {
  return (await gazette.payload.find({ collection: 'media', where: { filename: { equals: filename } }, depth: 0 })).docs
}

async function documentBySlug(slug: string, draft = false) {
  return (await gazette.payload.find({ collection: 'documents', where: { slug: { equals: slug } }, depth: 0, draft })).docs[0]
}

beforeAll(async () => {
  gazette = await startTempGazette()
  // The uploads on a small disk of their own, so that one test can fill it.
  smallDisk = mountSmallDisk(path.join(gazette.dir, 'media'), 64 * 1024 * 1024)
  await seedSamples(gazette.payload)
  expect(await contentProblems(gazette.payload)).toEqual([])
})

afterAll(async () => {
  console.log(`crash safety, content:\n  ${figures.join('\n  ')}`)
  // Unmounted first: the temporary folder it is mounted in is deleted with the database.
  if (smallDisk && typeof smallDisk !== 'string') smallDisk.unmount()
  await gazette?.cleanup()
})

describe('a save with an attachment', () => {
  it('killed after the upload, before the document: no document, the upload whole and unused; saving again uses it', async () => {
    const run = await runChild(CHILD, ['save-with-attachment', 'crash-upload'], { crashAt: 'upload:stored' })
    expectKilledAt(run, 'upload:stored')
    expect(await documentBySlug('crash-upload', true)).toBeUndefined()
    const [upload] = await mediaNamed('crash-upload-fujian.pdf')
    expect(upload).toBeDefined()
    expect(await contentProblems(gazette.payload)).toEqual([])
    // What the editor does after the restart: the upload is in the media library, chosen again.
    const org = (await gazette.payload.find({ collection: 'organizations', limit: 1, depth: 0 })).docs[0]
    await gazette.payload.create({
      collection: 'documents',
      data: {
        title: '带附件的文件 crash-upload',
        slug: 'crash-upload',
        kind: 'other',
        issuers: [org?.id as number],
        writtenDate: '2024-06-01T04:00:00.000Z',
        disclosure: 'proactive',
        attachments: [{ title: '附件1', file: upload?.id as number }],
        _status: 'published',
      },
    })
    expect(await contentProblems(gazette.payload)).toEqual([])
  })

  it('killed after the publication is saved, before its build is queued: the document whole with its attachment, and the next build publishes both', async () => {
    const run = await runChild(CHILD, ['save-with-attachment', 'crash-publish'], { crashAt: 'publication:saved' })
    expectKilledAt(run, 'publication:saved')
    for (const draft of [false, true]) {
      const document = await documentBySlug('crash-publish', draft)
      expect(document?._status).toBe('published')
      expect(document?.attachments).toHaveLength(1)
    }
    expect(await contentProblems(gazette.payload)).toEqual([])
    // The build a restart runs (scripts/start.ts queues one at every start) exports it whole.
    const outDir = path.join(gazette.dir, 'snapshot-after-crash')
    const settings = pipelineSettings()
    await exportSnapshot(gazette.payload, { outDir, gazetteName: settings.gazetteName, timeZone: settings.timeZone })
    const exported = JSON.parse(fs.readFileSync(path.join(outDir, snapshotPaths.document('crash-publish')), 'utf8')) as {
      attachments: Array<{ url: string }>
    }
    expect(exported.attachments).toHaveLength(1)
    expect(wholePdf(path.join(outDir, decodeURIComponent(exported.attachments[0]?.url ?? '')))).toBe(true)
  })
})

describe('an edit of a document with attachments', () => {
  it('killed halfway through the rows of its save: the document as it was, or as edited, never between', async () => {
    const before = await documentBySlug('crash-publish')
    expect(before?.attachments).toHaveLength(1)
    const run = await runChild(CHILD, ['edit-attachments', 'crash-publish'], { crashAt: 'save:halfWritten' })
    expectKilledAt(run, 'save:halfWritten')
    for (const draft of [false, true]) {
      const document = await documentBySlug('crash-publish', draft)
      // The save had not committed: everything as before the edit, attachment included.
      expect(document?.title).toBe(before?.title)
      expect(document?.attachments?.map((attachment) => attachment.title)).toEqual(['附件1'])
    }
    expect(await contentProblems(gazette.payload)).toEqual([])
    // The restarted CMS saves the same edit whole.
    const again = await runChild(CHILD, ['edit-attachments', 'crash-publish'])
    expect(again.signal, again.stderr).toBeNull()
    const edited = await documentBySlug('crash-publish')
    expect(edited?.title).toBe(`${before?.title}（修订）`)
    expect(edited?.attachments?.map((attachment) => attachment.title)).toEqual(['附件1（修订）', '附件2'])
    expect(await contentProblems(gazette.payload)).toEqual([])
  })
})

describe('a number allocation (取号)', () => {
  it('killed after the reservation, before the document: the number stays reserved and unused (shown as such), and is never given again', async () => {
    const org = (await gazette.payload.find({ collection: 'organizations', limit: 1, depth: 0 })).docs[0]
    const code = await gazette.payload.create({
      collection: 'issuing-codes',
      data: { code: '崩测办发', organization: org?.id as number, series: 'docNumber', kind: 'other' },
    })
    const run = await runChild(CHILD, ['allocate', String(code.id), 'crash-number-1'], { crashAt: 'number:reserved' })
    expectKilledAt(run, 'number:reserved')
    expect(await documentBySlug('crash-number-1', true)).toBeUndefined()
    const req = await createLocalReq({}, gazette.payload)
    const [year2024] = await loadSeriesByYear(req, '崩测办发', 'docNumber')
    expect(year2024).toEqual({ year: 2024, used: [], allocated: [1] })

    // After the restart the next allocation goes on from the reserved number.
    const again = await gazette.payload.create({
      collection: 'documents',
      data: {
        title: '取号的文件 crash-number-2',
        slug: 'crash-number-2',
        kind: 'other',
        issuers: [org?.id as number],
        writtenDate: '2024-06-01T04:00:00.000Z',
        disclosure: 'proactive',
        allocateFrom: code.id,
      },
      draft: true,
      depth: 0,
    })
    expect(again.docNumberRaw).toBe('崩测办发〔2024〕2号')
    const [after] = await loadSeriesByYear(req, '崩测办发', 'docNumber')
    expect(after?.used).toEqual([2])
    expect(after?.allocated.sort()).toEqual([1, 2])
    expect(await contentProblems(gazette.payload)).toEqual([])
  })
})

describe('an import (npm run import)', () => {
  it('killed after storing an original, before its draft: importing the same files again makes each draft once and stores each original once', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-crash-import-'))
    try {
      for (const [name, title] of [
        ['a.docx', '测试市人民政府办公室关于崩溃测试甲的通知'],
        ['b.docx', '测试市人民政府办公室关于崩溃测试乙的通知'],
      ] as const) {
        fs.writeFileSync(
          path.join(folder, name),
          minimalDocx([title, '各单位：', '现将有关事项通知如下。', '测试市人民政府办公室', '2024年3月1日']),
        )
      }
      const run = await runChild('scripts/import.ts', [folder], { crashAt: 'import:sourceStored' })
      expectKilledAt(run, 'import:sourceStored')
      const originals = async () =>
        (await gazette.payload.find({ collection: 'media', where: { alt: { like: '导入原件：' } }, pagination: false, depth: 0 })).docs
      expect(await originals()).toHaveLength(1)
      expect((await gazette.payload.find({ collection: 'documents', where: { importKey: { exists: true } }, draft: true })).docs).toEqual(
        [],
      )
      expect(await contentProblems(gazette.payload)).toEqual([])

      const batch = await batchFromPaths([folder], importLimits())
      const results = await importBatch(gazette.payload, batch.items)
      batch.close()
      expect(results.map((result) => result.status)).toEqual(['created', 'created'])
      const stored = await originals()
      expect(stored).toHaveLength(2)
      const drafts = (
        await gazette.payload.find({ collection: 'documents', where: { importKey: { exists: true } }, draft: true, depth: 0 })
      ).docs
      expect(drafts.map((draft) => draft.importSource).sort()).toEqual(stored.map((media) => media.id).sort())
      expect(await contentProblems(gazette.payload)).toEqual([])
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('an issue publication', () => {
  it('killed after its PDF is stored, before it is marked published: still unpublished, no partial PDF; publishing again works', async () => {
    const { docs } = await gazette.payload.find({
      collection: 'documents',
      where: { slug: { equals: '2021-zhonglou-guifan-zwgk-yijian' } },
      depth: 0,
    })
    const issue = await gazette.payload.create({
      collection: 'gazette-issues',
      data: {
        year: 2021,
        issueNumber: 8,
        totalNumber: 200,
        publicationDate: fromCalendarDate('2021-05-10', pipelineSettings().timeZone),
        sections: [{ title: '区政府办公室文件', entries: [{ item: { relationTo: 'documents', value: docs[0]?.id as number } }] }],
        printSource: 'generated',
        _status: 'draft',
      },
      draft: true,
      depth: 0,
    })
    const run = await runChild(CHILD, ['publish-issue', String(issue.id)], { crashAt: 'issue:pdfStored' })
    expectKilledAt(run, 'issue:pdfStored')
    for (const draft of [false, true]) {
      const stored = await gazette.payload.findByID({ collection: 'gazette-issues', id: issue.id, depth: 0, draft })
      expect(stored._status).toBe('draft')
      expect(stored.printPdf ?? null).toBeNull()
    }
    // The PDF it stored is whole (and staff-only: issue PDFs reach the public only through a published issue).
    const pdfs = (await gazette.payload.find({ collection: 'issue-pdfs', pagination: false, depth: 0 })).docs
    expect(pdfs).toHaveLength(1)
    expect(await contentProblems(gazette.payload)).toEqual([])

    const started = performance.now()
    const published = await gazette.payload.update({ collection: 'gazette-issues', id: issue.id, data: { _status: 'published' }, depth: 1 })
    figures.push(`issue published again after the kill: ${((performance.now() - started) / 1000).toFixed(1)} s`)
    expect(published._status).toBe('published')
    const pdf = published.printPdf
    expect(typeof pdf === 'object' && pdf?.filename ? wholePdf(path.join(gazette.dir, 'issue-pdfs', pdf.filename)) : false).toBe(true)
    expect(await contentProblems(gazette.payload)).toEqual([])
  })
})

describe('an upload on a full disk', () => {
  let editor: string
  const upload = (bytes: Buffer, name: string, type: string) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify({}))
    return gazette.rest('/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${editor}` } })
  }
  const messageOf = async (response: Response) => ((await response.json()) as { errors: Array<{ message: string }> }).errors[0]?.message

  /** The media folder and records as they are, to compare after a refusal. */
  async function uploadsNow(disk: SmallDisk) {
    return {
      files: fs
        .readdirSync(disk.dir)
        .filter((name) => name !== '.disk-filler')
        .sort(),
      records: (await gazette.payload.count({ collection: 'media' })).totalDocs,
    }
  }

  beforeAll(async () => {
    editor = await signIn(gazette, 'crash-editor@example.gov.cn', ['editor'])
  })

  it('is refused with 磁盘空间不足 before anything is written, and succeeds once there is room', async (context) => {
    if (typeof smallDisk === 'string') {
      console.warn(`skipped: an upload on a full disk — ${smallDisk}`)
      return context.skip(smallDisk)
    }
    const big = minimalPdf('x'.repeat(2 * 1024 * 1024))
    const before = await uploadsNow(smallDisk)
    smallDisk.fill(1024 * 1024)
    const refused = await upload(big, 'full-disk.pdf', 'application/pdf')
    expect(refused.status).toBe(507)
    expect(await messageOf(refused)).toMatch(
      /^磁盘空间不足：文件“full-disk\.pdf”（2\.0 MB）无法保存，上传文件夹所在的磁盘（剩余 1\.0 MB）放不下它/,
    )
    expect(await uploadsNow(smallDisk)).toEqual(before)
    expect(await contentProblems(gazette.payload)).toEqual([])

    smallDisk.unfill()
    const accepted = await upload(big, 'full-disk.pdf', 'application/pdf')
    expect(accepted.status).toBe(201)
    expect(await contentProblems(gazette.payload)).toEqual([])
  })

  it('filling up while the file and its resized images are written: 磁盘空间不足, and the half-written files deleted', async (context) => {
    if (typeof smallDisk === 'string') {
      console.warn(`skipped: an upload filling the disk — ${smallDisk}`)
      return context.skip(smallDisk)
    }
    // Incompressible and stored uncompressed: the original fits with the reserve, its resized copies do not.
    const noise = { type: 'gaussian', mean: 128, sigma: 60 } as const
    const image = await sharp({ create: { width: 1600, height: 1600, channels: 3, background: '#808080', noise } })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const before = await uploadsNow(smallDisk)
    smallDisk.fill(image.length + RESERVE_BYTES + 256 * 1024)
    const refused = await upload(image, 'full-disk.png', 'image/png')
    expect(refused.status).toBe(507)
    expect(await messageOf(refused)).toMatch(/^磁盘空间不足：文件“full-disk\.png”/)
    expect(await uploadsNow(smallDisk)).toEqual(before)
    expect(await contentProblems(gazette.payload)).toEqual([])
    smallDisk.unfill()
  })
})
