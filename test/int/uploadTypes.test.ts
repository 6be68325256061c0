/**
 * Security finding 2 of issue 18: an XHTML page with a script, uploaded as .xml and
 * attached to a public document, ran in the public site's origin. On the real CMS and
 * database: every way a file comes in (REST multipart as the admin sends it, a URL, the
 * Local API with file data or a path) takes only documents, raster images and video
 * whose content agrees with their name, with a Chinese refusal naming the file; and the
 * export refuses a file that got into the database some other way.
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { acceptedTypesText } from '../../core/uploads/uploadTypes'
import { createStaff, type Staff } from './helpers/reviewFlow'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'
import {
  htmlWithScript,
  javascript,
  minimalJpeg,
  minimalOfd,
  minimalPdf,
  minimalPng,
  minimalWordFile,
  svgWithScript,
  xhtmlWithScript,
  zipWithoutOfdRoot,
} from './helpers/uploadSamples'

let gazette: TempGazette
let staff: Staff
let mediaDir: string

beforeAll(async () => {
  gazette = await startTempGazette()
  staff = await createStaff(gazette, 'uploads-')
  mediaDir = path.join(gazette.dir, 'media')
})

afterAll(async () => {
  await gazette?.cleanup()
})

/** An upload as the admin sends it: multipart, the file and the other fields as _payload. */
function upload(collection: 'media' | 'issue-pdfs', name: string, bytes: Buffer, type = 'application/octet-stream') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  if (collection === 'media') form.append('_payload', JSON.stringify({ alt: '测试附件' }))
  return gazette.rest(`/api/${collection}`, { method: 'POST', body: form, headers: { Authorization: `JWT ${staff.editor}` } })
}

function storedFiles(): string[] {
  return fs.existsSync(mediaDir) ? fs.readdirSync(mediaDir) : []
}

describe('uploads through REST, as the admin sends them', () => {
  it.each([
    ['the reported attack: XHTML with a script, as .xml', 'attack.xml', xhtmlWithScript, 'application/xml', '不接受扩展名为“.xml”的文件'],
    ['a web page', 'page.html', htmlWithScript, 'text/html', '不接受扩展名为“.html”的文件'],
    ['an SVG image with a script', 'figure.svg', svgWithScript, 'image/svg+xml', '不接受扩展名为“.svg”的文件'],
    ['a script', 'code.js', javascript, 'text/javascript', '不接受扩展名为“.js”的文件'],
    ['a PDF renamed .png', 'renamed.png', minimalPdf(), 'image/png', '扩展名为“.png”，但文件内容是 PDF 文件，两者不符'],
    ['a web page renamed .pdf', 'page.pdf', htmlWithScript, 'application/pdf', '扩展名为“.pdf”，但文件内容不是可识别的文档、图片或视频'],
    ['the XHTML page renamed .pdf', 'attack.pdf', xhtmlWithScript, 'application/pdf', '文件内容的类型是 application/xml'],
    ['a ZIP without OFD.xml at its root, as .ofd', 'fake.ofd', zipWithoutOfdRoot(), 'application/ofd', '扩展名为“.ofd”'],
  ])('refuses %s with 400 and a Chinese message', async (_, name, bytes, type, problem) => {
    const before = storedFiles()
    const response = await upload('media', name, bytes, type)
    const body = (await response.json()) as { errors?: Array<{ message: string }> }
    expect(response.status, JSON.stringify(body)).toBe(400)
    const message = body.errors?.[0]?.message ?? ''
    expect(message).toContain(`文件“${name}”不能上传`)
    expect(message).toContain(problem)
    expect(message).toContain(`可上传的类型：${acceptedTypesText}`)
    expect(storedFiles()).toEqual(before)
  })

  it('refuses a PNG renamed .pdf', async () => {
    const response = await upload('media', 'renamed.pdf', await minimalPng(), 'application/pdf')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('扩展名为“.pdf”，但文件内容是 PNG 图片，两者不符')
  })

  it.each([
    ['a PDF', '公告.pdf', () => minimalPdf(), 'application/pdf'],
    ['a PNG', '图1.png', minimalPng, 'image/png'],
    ['a JPEG', '照片.jpg', minimalJpeg, 'image/jpeg'],
    ['a Word file', '通知.docx', minimalWordFile, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an OFD', '电子公文.ofd', minimalOfd, 'application/ofd'],
  ])('accepts %s, stored with the type of its extension', async (_, name, make, mimeType) => {
    // The client claims nothing useful; the stored type comes from the rule.
    const response = await upload('media', name, await make(), 'application/octet-stream')
    const body = (await response.json()) as { doc?: { filename: string; mimeType: string } }
    expect(response.status, JSON.stringify(body)).toBe(201)
    expect(body.doc?.filename).toBe(name)
    expect(body.doc?.mimeType).toBe(mimeType)
    expect(storedFiles()).toContain(name)
  })

  it('refuses a file Payload would fetch from a URL, which no hook could check', async () => {
    const response = await gazette.rest('/api/media', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${staff.editor}` },
      body: JSON.stringify({ filename: 'remote.pdf', url: 'http://127.0.0.1:9/remote.xml' }),
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('请上传文件本身：不接受从网址导入文件')
    expect(storedFiles()).not.toContain('remote.pdf')
  })

  it('holds for print PDFs too: a PDF named .html is refused', async () => {
    const response = await upload('issue-pdfs', 'print.html', minimalPdf(), 'application/pdf')
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('不接受扩展名为“.html”的文件')
    const accepted = await upload('issue-pdfs', 'print.pdf', minimalPdf(), 'application/pdf')
    expect(accepted.status, await accepted.clone().text()).toBe(201)
  })
})

describe('uploads through the Local API', () => {
  it('refuses disallowed file data, whatever type the caller claims', async () => {
    const before = storedFiles()
    await expect(
      gazette.payload.create({
        collection: 'media',
        data: {},
        file: { data: xhtmlWithScript, mimetype: 'application/pdf', name: 'attack.xml', size: xhtmlWithScript.length },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('文件“attack.xml”不能上传') })
    await expect(
      gazette.payload.create({
        collection: 'media',
        data: {},
        file: { data: htmlWithScript, mimetype: 'application/pdf', name: 'page.pdf', size: htmlWithScript.length },
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining('两者不符') })
    expect(storedFiles()).toEqual(before)
  })

  it('refuses a disallowed file given by path, and accepts an allowed one', async () => {
    const dir = path.join(gazette.dir, 'local-files')
    fs.mkdirSync(dir, { recursive: true })
    const write = (name: string, bytes: Buffer) => {
      fs.writeFileSync(path.join(dir, name), bytes)
      return path.join(dir, name)
    }
    await expect(
      gazette.payload.create({ collection: 'media', data: {}, filePath: write('attack.xml', xhtmlWithScript) }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('不接受扩展名为“.xml”的文件'),
    })
    await expect(
      gazette.payload.create({ collection: 'media', data: {}, filePath: write('figure.svg', svgWithScript) }),
    ).rejects.toMatchObject({
      status: 400,
    })
    await expect(
      gazette.payload.create({ collection: 'media', data: {}, filePath: write('scan.png', minimalPdf()) }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('两者不符'),
    })
    const accepted = await gazette.payload.create({ collection: 'media', data: {}, filePath: write('local.pdf', minimalPdf()) })
    expect(accepted.mimeType).toBe('application/pdf')
  })
})

describe('the export', () => {
  let organizationId: number

  beforeAll(async () => {
    const org = await gazette.payload.create({
      collection: 'organizations',
      data: { name: '上传测试局', shortName: '上传局', orgCode: '000000027', isGovernment: true, slug: 'upload-test-bureau' },
    })
    organizationId = org.id
  })

  /**
   * A media row whose stored file is `bytes` under `filename`, as one stored before the
   * upload rule would be: a valid upload whose row and file are then changed in the
   * database and on disk directly, where no hook runs.
   */
  async function plantedMedia(filename: string, bytes: Buffer, mimeType: string): Promise<number> {
    const placeholder = minimalPdf()
    const media = await gazette.payload.create({
      collection: 'media',
      data: {},
      file: { data: placeholder, mimetype: 'application/pdf', name: `placeholder-${filename}.pdf`, size: placeholder.length },
    })
    fs.writeFileSync(path.join(mediaDir, filename), bytes)
    await gazette.payload.db.updateOne({
      collection: 'media',
      where: { id: { equals: media.id } },
      data: { filename, mimeType, filesize: bytes.length },
    })
    return media.id
  }

  async function publishWith(title: string, slug: string, mediaId: number) {
    await gazette.payload.create({
      collection: 'documents',
      data: {
        title,
        slug,
        kind: 'other',
        issuers: [organizationId],
        writtenDate: '2024-05-01T04:00:00.000Z',
        disclosure: 'proactive',
        attachments: [{ title: '附件1', file: mediaId }],
        _status: 'published',
      },
    })
  }

  async function exportTo(outDir: string) {
    const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
    return exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
  }

  it('fails, naming the document and the file, when a public attachment is not an allowed type', async () => {
    const mediaId = await plantedMedia('attack.xml', xhtmlWithScript, 'application/xml')
    await publishWith('带有网页附件的公开文件', 'with-planted-xml', mediaId)
    const outDir = path.join(gazette.dir, 'snapshot-xml')
    await expect(exportTo(outDir)).rejects.toThrow(
      '导出中止：《带有网页附件的公开文件》（files/with-planted-xml/）的文件“attack.xml”不能发布到公报网站：不接受扩展名为“.xml”的文件。可发布的类型：',
    )
    expect(fs.existsSync(path.join(outDir, 'files', 'with-planted-xml', 'attack.xml'))).toBe(false)

    // Replaced in the database by a real PDF (whose row still claims text/html): the export
    // goes through, and the snapshot gives the file the rule's type, not the row's.
    fs.writeFileSync(path.join(mediaDir, 'replaced.pdf'), minimalPdf())
    await gazette.payload.db.updateOne({
      collection: 'media',
      where: { id: { equals: mediaId } },
      data: { filename: 'replaced.pdf', mimeType: 'text/html' },
    })
    await exportTo(outDir)
    const doc = JSON.parse(fs.readFileSync(path.join(outDir, 'documents', 'with-planted-xml.json'), 'utf8')) as {
      attachments: Array<{ filename: string; mimeType: string }>
    }
    expect(doc.attachments).toEqual([expect.objectContaining({ filename: 'replaced.pdf', mimeType: 'application/pdf' })])
  })

  it('fails when an attachment’s content does not agree with its name', async () => {
    const mediaId = await plantedMedia('scan.png', htmlWithScript, 'image/png')
    await publishWith('带有伪装图片的公开文件', 'with-planted-png', mediaId)
    await expect(exportTo(path.join(gazette.dir, 'snapshot-png'))).rejects.toThrow(
      /《带有伪装图片的公开文件》.*“scan\.png”.*扩展名为“\.png”，但文件内容不是可识别的文档、图片或视频/,
    )
  })
})
