/**
 * Publishes the sample gazette issues (content/samples/issues/*.json): each is created
 * and published through the collection's own rules, so its print PDF is generated and
 * its page ranges read back exactly as for an issue an editor publishes. Safe to run
 * twice: an issue already on record (same year and number) is left as it is.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { fromCalendarDate } from '../../core/calendar/calendarDate'
import type { Media } from '../../cms/payload-types'
import { samplesDir } from './samples'
import { gazetteTimeZone } from '../../core/settings'

type SampleIssue = {
  year: number
  issueNumber: number
  totalNumber: number
  publicationDate: string
  /** An image file beside the JSON, uploaded as the cover. */
  cover?: string
  sections: Array<{ title: string; entries: Array<{ document: string } | { interpretation: string }> }>
}

export function readSampleIssues(dir = samplesDir): SampleIssue[] {
  const folder = path.join(dir, 'issues')
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8')) as SampleIssue)
}

export async function seedSampleIssues(payload: Payload, dir = samplesDir): Promise<{ created: number }> {
  const timeZone = gazetteTimeZone()
  let created = 0
  for (const sample of readSampleIssues(dir)) {
    const existing = await payload.count({
      collection: 'gazette-issues',
      where: { and: [{ year: { equals: sample.year } }, { issueNumber: { equals: sample.issueNumber } }] },
    })
    if (existing.totalDocs > 0) continue
    const sections = []
    for (const section of sample.sections) {
      const entries = []
      for (const entry of section.entries) {
        const [collection, slug] =
          'document' in entry ? (['documents', entry.document] as const) : (['interpretations', entry.interpretation] as const)
        const found = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
        const id = found.docs[0]?.id
        if (id === undefined) throw new Error(`示例期刊引用了不存在的${collection === 'documents' ? '文件' : '解读'}：${slug}`)
        entries.push({ item: { relationTo: collection, value: id } })
      }
      sections.push({ title: section.title, entries })
    }
    const cover = sample.cover ? await uploadCover(payload, path.join(dir, 'issues', sample.cover)) : null
    await payload.create({
      collection: 'gazette-issues',
      data: {
        year: sample.year,
        issueNumber: sample.issueNumber,
        totalNumber: sample.totalNumber,
        publicationDate: fromCalendarDate(sample.publicationDate, timeZone),
        sections,
        cover,
        printSource: 'generated',
        _status: 'published',
      },
      depth: 0,
    })
    created += 1
  }
  return { created }
}

async function uploadCover(payload: Payload, file: string): Promise<Media['id']> {
  // The sample cover is kept as SVG to stay editable; the media library takes no SVG
  // (core/uploads/uploadTypes.ts), so it is uploaded as the PNG an office would upload.
  const svg = file.endsWith('.svg')
  const data = svg ? await sharp(fs.readFileSync(file)).png().toBuffer() : fs.readFileSync(file)
  const mimetype = svg || file.endsWith('.png') ? 'image/png' : 'image/jpeg'
  const name = svg ? `${path.basename(file, '.svg')}.png` : path.basename(file)
  const media = await payload.create({
    collection: 'media',
    data: { alt: '公报封面' },
    file: { data, mimetype, name, size: data.length },
  })
  return media.id
}
