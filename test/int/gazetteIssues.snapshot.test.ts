/**
 * Gazette issues in the public snapshot: published issues only, each with its print PDF
 * and a cover re-encoded by sharp; its corrections; an entry withdrawn since printing
 * marked; an entry no longer public left out; the PDF that prints either held back.
 */
import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readPdf } from '../../cms/print/pdfReader'
import { exportSnapshot } from '../../cms/export/exportSnapshot'
import { manifestSchema } from '../../core/snapshot/schema'
import { seedSampleIssues } from '../../scripts/lib/seedSampleIssues'
import { issueByNumber, sampleDocument, startIssueFixture, type IssueFixture } from './helpers/issueFixture'
import { call } from './helpers/reviewFlow'

let fixture: IssueFixture

beforeAll(async () => {
  fixture = await startIssueFixture()
  // Published, and so printed: 2021年第8期 and 2022年第1期, then 第2期 and 第3期 here.
  await seedSampleIssues(fixture.gazette.payload)
  const publish = (issueNumber: number, publicationDate: string, slugs: string[]) =>
    fixture.gazette.payload.create({
      collection: 'gazette-issues',
      data: {
        year: 2022,
        issueNumber,
        totalNumber: 200 + issueNumber,
        publicationDate,
        printSource: 'generated',
        sections: [{ title: '部门文件', entries: slugs.map((slug) => ({ item: sampleDocument(fixture, slug) })) }],
        _status: 'published',
      },
    })
  await publish(2, '2022-08-01T00:00:00.000Z', ['2019-jinzhou-zwgk-gongzuo-anpai'])
  await publish(3, '2022-09-01T00:00:00.000Z', ['2018-lvyouwei-zwgk-fangan', '2020-jixian-jiceng-zwgk-fangan'])
  // Printing four issues takes minutes on a busy machine.
}, 300_000)

afterAll(async () => {
  await fixture?.gazette.cleanup()
})

describe('the public snapshot', () => {
  it('carries published issues only, with PDF, cover thumbnail, corrections and withdrawn entries marked', async () => {
    // A cover for the 2022年第2期 issue, reprinted through a correction.
    const coverPng = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#a61b1b' } })
      .png()
      .toBuffer()
    const cover = await fixture.gazette.payload.create({
      collection: 'media',
      data: { alt: '封面' },
      file: { data: coverPng, mimetype: 'image/png', name: 'cover.png', size: coverPng.length },
    })
    const second = await issueByNumber(fixture, 2022, 2)
    const withCover = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/gazette-issues/${second.id}`, {
      cover: cover.id,
      corrections: [{ date: '2022-08-10T00:00:00.000Z', text: '补印封面。' }],
      _status: 'published',
    })
    expect(withCover.status, await withCover.clone().text()).toBe(200)
    // A later draft issue that must not be exported.
    const draftIssue = await call(fixture.gazette, fixture.editor, 'POST', '/api/gazette-issues?draft=true', {
      year: 2022,
      issueNumber: 4,
      totalNumber: 204,
      publicationDate: '2022-10-01T00:00:00.000Z',
      sections: [{ title: '草稿栏目', entries: [] }],
      _status: 'draft',
    })
    expect(draftIssue.status).toBe(201)
    // The document printed in 2021年第8期 is withdrawn after printing.
    const printedDoc = fixture.ids.get('2021-zhonglou-guifan-zwgk-yijian') as number
    const withdrawn = await call(fixture.gazette, fixture.publisher, 'PATCH', `/api/documents/${printedDoc}?draft=true`, {
      workflowAction: 'withdraw',
      workflowReason: '测试撤回',
    })
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200)

    // A document printed in 2022年第3期 stops being public (not withdrawn: hidden).
    const hiddenSlug = '2020-jixian-jiceng-zwgk-fangan'
    const hiddenTitle = (await fixture.gazette.payload.findByID({ collection: 'documents', id: fixture.ids.get(hiddenSlug) as number }))
      .title
    await fixture.gazette.payload.update({
      collection: 'documents',
      id: fixture.ids.get(hiddenSlug) as number,
      data: { disclosure: 'not-disclosed', disclosureGround: 'state-secret', disclosureReason: '测试：改为不予公开', _status: 'published' },
    })

    const outDir = path.join(fixture.gazette.dir, 'snapshot')
    await exportSnapshot(fixture.gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')))
    expect(manifest.issues.map((issue) => issue.id)).toEqual(['2022-3', '2022-2', '2022-1', '2021-8'])
    const text = fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')
    expect(text).not.toContain('草稿栏目')
    expect(text).not.toContain('不予公开的内部文件')

    // The issue that prints the hidden document keeps its other entries but not its PDF.
    const holding = manifest.issues.find((issue) => issue.id === '2022-3')
    expect(holding?.sections.flatMap((section) => section.entries).map((entry) => entry.id)).toEqual(['2018-lvyouwei-zwgk-fangan'])
    expect(holding?.pdf).toBeNull()
    expect(holding?.pdfWithheld).toEqual({ withdrawn: [], hidden: true })
    expect(text).not.toContain(hiddenTitle)
    expect(fs.existsSync(path.join(outDir, 'files', 'issues', '2022-3'))).toBe(false)
    // The issue that printed the withdrawn document keeps it listed, marked, but not its PDF.
    const printedWithdrawn = manifest.issues.find((issue) => issue.id === '2021-8')
    expect(printedWithdrawn?.pdf).toBeNull()
    expect(printedWithdrawn?.pdfWithheld?.withdrawn).toEqual([printedWithdrawn?.sections[0]?.entries[0]?.title])
    expect(fs.existsSync(path.join(outDir, 'files', 'issues', '2021-8'))).toBe(false)
    for (const issue of manifest.issues.filter((candidate) => candidate !== holding && candidate !== printedWithdrawn)) {
      expect(issue.pdfWithheld).toBeNull()
      expect(issue.pdf).not.toBeNull()
      const file = path.join(outDir, decodeURIComponent(issue.pdf?.url ?? ''))
      expect(fs.statSync(file).size).toBe(issue.pdf?.bytes)
      expect((await readPdf(file)).pages).toBe(issue.pdf?.pages)
    }
    const covered = manifest.issues.find((issue) => issue.id === '2022-2')
    expect(covered?.corrections).toEqual([{ date: '2022-08-10', text: '补印封面。' }])
    const thumbnail = path.join(outDir, decodeURIComponent(covered?.cover?.thumbnailUrl ?? ''))
    const meta = await sharp(thumbnail).metadata()
    expect(meta.format).toBe('webp')
    expect(meta.width).toBe(covered?.cover?.thumbnailWidth)
    expect(meta.width).toBeLessThanOrEqual(360)

    const old = manifest.issues.find((issue) => issue.id === '2021-8')
    expect(old?.sections[0]?.entries[0]).toMatchObject({ id: '2021-zhonglou-guifan-zwgk-yijian', withdrawn: true })
  }, 60_000)
})
