/**
 * The upload rule on its own: which extensions pass, with which sniffed content, the
 * type a file is then stored and served with, and the sentence an editor reads when a
 * file is refused.
 */
import fs from 'node:fs'

import { describe, expect, it } from 'vitest'

import {
  acceptedExtensions,
  acceptedTypesText,
  extensionOf,
  judgeUpload,
  OFD_SNIFFED,
  refusalMessage,
  servedUpload,
} from '../../core/uploads/uploadTypes'

const CFB = 'application/x-cfb'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

describe('judgeUpload accepts', () => {
  it.each([
    ['公告.pdf', 'application/pdf', 'application/pdf'],
    ['SCAN.PDF', 'application/pdf', 'application/pdf'],
    ['电子公文.ofd', OFD_SNIFFED, 'application/ofd'],
    ['通知.doc', CFB, 'application/msword'],
    ['通知.docx', DOCX, DOCX],
    ['统计表.xls', CFB, 'application/vnd.ms-excel'],
    [
      '统计表.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['汇报.ppt', CFB, 'application/vnd.ms-powerpoint'],
    [
      '汇报.pptx',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    ['文稿.wps', CFB, 'application/wps-office.wps'],
    ['表格.et', CFB, 'application/wps-office.et'],
    ['演示.dps', CFB, 'application/wps-office.dps'],
    ['文本.odt', 'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.text'],
    ['表格.ods', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['演示.odp', 'application/vnd.oasis.opendocument.presentation', 'application/vnd.oasis.opendocument.presentation'],
    ['图1.png', 'image/png', 'image/png'],
    ['照片.jpg', 'image/jpeg', 'image/jpeg'],
    ['照片.JPEG', 'image/jpeg', 'image/jpeg'],
    ['动图.gif', 'image/gif', 'image/gif'],
    ['图.webp', 'image/webp', 'image/webp'],
    ['图.avif', 'image/avif', 'image/avif'],
    ['扫描.tif', 'image/tiff', 'image/tiff'],
    ['扫描.tiff', 'image/tiff', 'image/tiff'],
    ['解读.mp4', 'video/mp4', 'video/mp4'],
    ['解读.mp4', 'video/x-m4v', 'video/mp4'],
    ['解读.webm', 'video/webm', 'video/webm'],
    ['a.b.c.pdf', 'application/pdf', 'application/pdf'],
  ])('%s with content %s, stored as %s', (name, sniffed, mimeType) => {
    expect(judgeUpload(name, sniffed)).toEqual({ ok: true, mimeType })
  })
})

describe('judgeUpload refuses', () => {
  it.each([
    // Types a browser can run as a page, whatever their content.
    ['evil.xml', 'application/xml', '不接受扩展名为“.xml”的文件'],
    ['evil.xhtml', null, '“.xhtml”'],
    ['evil.html', null, '“.html”'],
    ['evil.htm', null, '“.htm”'],
    ['evil.svg', null, '“.svg”'],
    ['evil.js', null, '“.js”'],
    ['evil.mjs', null, '“.mjs”'],
    ['notes.txt', null, '“.txt”'],
    ['archive.zip', 'application/zip', '“.zip”'],
    ['setup.exe', 'application/x-msdownload', '“.exe”'],
    ['README', null, '文件名没有扩展名'],
    ['.pdf', 'application/pdf', '文件名没有扩展名'],
    // The name and the content must agree.
    ['renamed.png', 'application/pdf', '扩展名为“.png”，但文件内容是 PDF 文件，两者不符'],
    ['renamed.pdf', 'image/png', '扩展名为“.pdf”，但文件内容是 PNG 图片，两者不符'],
    ['page.pdf', null, '扩展名为“.pdf”，但文件内容不是可识别的文档、图片或视频'],
    ['page.pdf', 'application/xml', '文件内容的类型是 application/xml'],
    ['photo.jpg', 'image/png', 'PNG 图片'],
    ['report.docx', 'application/zip', '扩展名为“.docx”'],
    ['report.docx', CFB, 'Office 97–2003 或 WPS 文件'],
    ['report.doc', DOCX, 'Word 文件（.docx）'],
    ['公文.ofd', 'application/zip', '扩展名为“.ofd”'],
    ['clip.webm', 'video/x-matroska', '扩展名为“.webm”'],
    ['evil.pdf.html', null, '“.html”'],
    ['folder/evil.xml', 'application/xml', '“.xml”'],
    ['evil.pdf/x.svg', null, '“.svg”'],
  ])('%s with content %s', (name, sniffed, problem) => {
    const verdict = judgeUpload(name, sniffed)
    expect(verdict.ok).toBe(false)
    expect(verdict.ok ? '' : verdict.problem).toContain(problem)
  })
})

describe('refusalMessage', () => {
  it('names the file, the problem and every accepted type, in Chinese', () => {
    const message = refusalMessage('evil.xml', '不接受扩展名为“.xml”的文件')
    expect(message).toBe(`文件“evil.xml”不能上传：不接受扩展名为“.xml”的文件。可上传的类型：${acceptedTypesText}。`)
    expect(acceptedTypesText).toMatch(/^PDF、OFD、/)
    for (const extension of acceptedExtensions.filter((e) => e !== '.pdf' && e !== '.ofd')) expect(acceptedTypesText).toContain(extension)
  })
})

describe('docs/serving-files.md', () => {
  const doc = fs.readFileSync(new URL('../../docs/serving-files.md', import.meta.url), 'utf8')

  it('gives nginx exactly the types of the rule', () => {
    const types = doc.match(/types \{\n([\s\S]*?)\n\s*\}/)?.[1] ?? ''
    const byExtension = new Map(
      types
        .split('\n')
        .map((line) => line.trim().replace(/;$/, '').split(/\s+/))
        .flatMap(([type, ...extensions]) => extensions.map((extension) => [`.${extension}`, type] as const)),
    )
    expect([...byExtension.keys()].sort()).toEqual([...acceptedExtensions].sort())
    for (const [extension, type] of byExtension) expect(servedUpload(`a${extension}`).contentType).toBe(type)
  })

  it('lets nginx open in the browser exactly what the rule opens', () => {
    const inline = doc.match(/~\*\\\.\(([a-z0-9?|]+)\)\$/)?.[1] ?? ''
    expect(inline).not.toBe('')
    const pattern = new RegExp(`\\.(${inline})$`, 'i')
    for (const extension of acceptedExtensions) expect(pattern.test(`a${extension}`), extension).toBe(servedUpload(`a${extension}`).inline)
  })
})

describe('extensionOf', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['a.tar.gz', 'gz'],
    ['noext', ''],
    ['.hidden', ''],
    ['dir.d/file', ''],
    ['dir\\file.XML', 'xml'],
  ])('%s → %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension)
  })
})

describe('servedUpload', () => {
  it.each([
    ['a.pdf', 'application/pdf', true],
    ['a.png', 'image/png', true],
    ['a.JPG', 'image/jpeg', true],
    ['a.mp4', 'video/mp4', true],
    ['a.webm', 'video/webm', true],
    ['a.docx', DOCX, false],
    ['a.ofd', 'application/ofd', false],
    ['a.wps', 'application/wps-office.wps', false],
    ['a.xml', 'application/octet-stream', false],
    ['a.html', 'application/octet-stream', false],
    ['a.svg', 'application/octet-stream', false],
    ['a.js', 'application/octet-stream', false],
    ['a', 'application/octet-stream', false],
  ])('%s as %s, inline %s', (name, contentType, inline) => {
    expect(servedUpload(name)).toEqual({ contentType, inline })
  })
})
