/**
 * The sample content loads as published documents and loads again without
 * duplicates; uploads are resized with sharp, stay private in the CMS, and reach the
 * public only as attachments of public documents, through the snapshot.
 */
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readSampleDocuments, readSampleOrganizations } from '../../scripts/lib/samples'
import { seedSamples } from '../../scripts/lib/seedSamples'
import { startTempGazette, type TempGazette } from './helpers/tempGazette'

let gazette: TempGazette

beforeAll(async () => {
  gazette = await startTempGazette()
})

afterAll(async () => {
  await gazette?.cleanup()
})

describe('npm run seed', () => {
  it('loads every sample as a published document, and is safe to run twice', async () => {
    const first = await seedSamples(gazette.payload)
    const second = await seedSamples(gazette.payload)
    const samples = readSampleDocuments()
    expect(first.created).toBe(samples.length)
    expect(second).toMatchObject({ created: 0, updated: samples.length })
    const published = await gazette.payload.find({
      collection: 'documents',
      where: { _status: { equals: 'published' } },
      overrideAccess: false,
      limit: 100,
    })
    expect(published.docs.map((d) => d.slug).sort()).toEqual(samples.map((s) => s.slug).sort())
    const orgs = await gazette.payload.count({ collection: 'organizations' })
    expect(orgs.totalDocs).toBe(readSampleOrganizations().length)
  })

  it('keeps the numbers as printed and their strict form', async () => {
    const result = await gazette.payload.find({ collection: 'documents', where: { docNumberRaw: { equals: '运政办发[2022]18号' } } })
    expect(result.docs[0]?.docNumber).toBe('运政办发〔2022〕18号')
  })
})

describe('uploads', () => {
  let mediaId: number | string

  beforeAll(async () => {
    const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#c00' } })
      .png()
      .toBuffer()
    const media = await gazette.payload.create({
      collection: 'media',
      data: { alt: '示意图' },
      file: { data: png, mimetype: 'image/png', name: 'figure.png', size: png.length },
    })
    mediaId = media.id
  })

  it('are resized with sharp', async () => {
    const media = await gazette.payload.findByID({ collection: 'media', id: mediaId })
    expect(media.sizes?.thumbnail?.width).toBe(320)
    expect(media.sizes?.page?.width).toBe(1200)
    const staticDir = path.join(gazette.dir, 'media')
    const thumbnail = await sharp(path.join(staticDir, media.sizes?.thumbnail?.filename as string)).metadata()
    expect(thumbnail.width).toBe(320)
  })

  it('are not listed to the public', async () => {
    const response = await gazette.rest('/api/media')
    expect(response.status).toBe(403)
  })

  it('reach the snapshot only as attachments of a public document', async () => {
    const org = await gazette.payload.find({ collection: 'organizations', limit: 1 })
    const base = {
      kind: 'other' as const,
      issuers: [org.docs[0]?.id as number],
      writtenDate: '2024-05-01T04:00:00.000Z',
      attachments: [{ title: '附件1：示意图', file: mediaId as number }],
      _status: 'published' as const,
    }
    await gazette.payload.create({
      collection: 'documents',
      data: { ...base, title: '带附件的公开文件', slug: 'with-attachment', disclosure: 'proactive' },
    })
    await gazette.payload.create({
      collection: 'documents',
      data: {
        ...base,
        title: '带附件的不公开文件',
        slug: 'hidden-attachment',
        disclosure: 'not-disclosed',
        disclosureReason: '涉及国家秘密',
      },
    })
    const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
    const outDir = path.join(gazette.dir, 'snapshot')
    await exportSnapshot(gazette.payload, { outDir, gazetteName: '测试公报', timeZone: 'Asia/Shanghai' })
    const doc = JSON.parse(fs.readFileSync(path.join(outDir, 'documents', 'with-attachment.json'), 'utf8')) as {
      attachments: Array<{ title: string; url: string; bytes: number }>
    }
    expect(doc.attachments).toHaveLength(1)
    expect(doc.attachments[0]?.title).toBe('附件1：示意图')
    const copied = path.join(outDir, decodeURIComponent(doc.attachments[0]?.url as string))
    expect(fs.statSync(copied).size).toBe(doc.attachments[0]?.bytes)
    expect(fs.existsSync(path.join(outDir, 'documents', 'hidden-attachment.json'))).toBe(false)
    expect(fs.existsSync(path.join(outDir, 'files', 'hidden-attachment'))).toBe(false)
  })
})
