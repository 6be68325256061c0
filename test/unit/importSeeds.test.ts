/**
 * The importer against the five real seeds: every field and the whole body must come
 * out as a person read them in content/samples/ (the JSON metadata and the .md bodies).
 * The expected values are read from those files, not repeated here.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { extractDocument } from '../../core/import/extractDocument'
import { extractionToJson } from '../../core/import/extractionJson'
import { sameOrganization } from '../../core/import/orgNames'
import type { BodyBlock, ExtractedDocument } from '../../core/import/types'
import { readSampleDocuments, readSampleOrganizations, type SampleDocument } from '../../scripts/lib/samples'

import { seedsDir } from '../fixtures/seedsDir'

const organizations = readSampleOrganizations()
const samples = readSampleDocuments()
const organ = (key: string) => {
  const found = organizations.find((o) => o.key === key)
  if (!found) throw new Error(`unknown organisation key ${key}`)
  return found
}

/** The samples' body format (content/samples/README.md) as blocks. */
function blocksOfMarkdown(md: string): BodyBlock[] {
  return md
    .split(/\n{2,}/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk): BodyBlock => {
      if (chunk.startsWith('### ')) return { type: 'heading', level: 3, text: chunk.slice(4) }
      if (chunk.startsWith('## ')) return { type: 'heading', level: 2, text: chunk.slice(3) }
      if (chunk.startsWith('>> ')) return { type: 'paragraph', text: chunk.slice(3), align: 'end' }
      return { type: 'paragraph', text: chunk, align: 'start' }
    })
}

// The importer fills 发布日期 only where the file states it; the sample's own date may come from elsewhere.
const statedPublishedDate = (sample: SampleDocument): string | null =>
  /发布(?:日期|时间)\s*[:：]/u.test(seedText(sample)) ? sample.publishedDate : null
const seedText = (sample: SampleDocument & { source?: string }): string => fs.readFileSync(path.join(seedsDir, sourceOf(sample)), 'utf8')
const sourceOf = (sample: SampleDocument): string => (sample as SampleDocument & { source: string }).source
const extracted = new Map<string, ExtractedDocument>()
const extraction = (sample: SampleDocument): ExtractedDocument => {
  let doc = extracted.get(sample.slug)
  if (!doc) {
    doc = extractDocument(seedText(sample), { fileName: sourceOf(sample) })
    extracted.set(sample.slug, doc)
  }
  return doc
}

const FURNITURE = [
  '上一条',
  '下一条',
  '版权所有',
  '浏览次数',
  '发布者',
  '主办单位',
  '![',
  '此文不代表',
  '访问量',
  '来源:作者',
  'ICP备',
  '站点地图',
  '发布时间',
]

describe('extractDocument on the five seeds', () => {
  it('finds all five samples and their seeds', () => {
    expect(samples).toHaveLength(5)
    for (const sample of samples) expect(fs.existsSync(path.join(seedsDir, sourceOf(sample)))).toBe(true)
  })

  describe.each(samples.map((s) => [s.slug, s] as const))('%s', (_slug, sample) => {
    it('title', () => {
      expect(extraction(sample).title?.value).toBe(sample.title)
    })

    it('document number, as printed and in strict form', () => {
      const doc = extraction(sample)
      expect(doc.docNumber?.value.raw ?? null).toBe(sample.docNumberRaw)
      if (sample.docNumberRaw) expect(doc.docNumber?.value.strict).toMatch(/^.+〔\d{4}〕[1-9]\d*号$/)
    })

    it('issuers, in order, under their full names', () => {
      expect(extraction(sample).issuers.map((i) => i.value)).toEqual(sample.issuers.map((key) => organ(key).name))
    })

    it.each(['writtenDate', 'publishedDate', 'effectiveDate', 'expiresOn', 'repealedOn'] as const)('%s', (field) => {
      expect(extraction(sample)[field]?.value ?? null).toBe(field === 'publishedDate' ? statedPublishedDate(sample) : sample[field])
    })

    it('interpretation body', () => {
      const name = extraction(sample).interpretationBody?.value ?? null
      if (sample.interpretationBody === null) expect(name).toBeNull()
      else {
        const expected = organ(sample.interpretationBody)
        expect([expected.name, expected.shortName]).toContain(name)
        expect(sameOrganization(name ?? '', expected.name)).toBe(true)
      }
    })

    it('disclosure', () => {
      expect(extraction(sample).disclosure?.value).toBe(sample.disclosure)
    })

    it('index number, subject and keywords', () => {
      const doc = extraction(sample)
      expect(doc.indexNumber?.value ?? null).toBe(sample.indexNumber)
      expect(doc.subject?.value ?? null).toBe(sample.subject)
      expect(doc.keywords?.value ?? []).toEqual(sample.keywords)
    })

    it('body: the sample body, block for block', () => {
      expect(extraction(sample).body).toEqual(blocksOfMarkdown(sample.body))
    })

    it('no page furniture in the body', () => {
      const text = extraction(sample)
        .body.map((b) => b.text)
        .join('\n')
      for (const word of FURNITURE) expect(text, word).not.toContain(word)
      for (const block of extraction(sample).body) expect(block.text).not.toMatch(/^\||\|$/)
    })

    it('the body is not doubled', () => {
      const texts = extraction(sample)
        .body.map((b) => b.text)
        .filter((t) => t.length > 40)
      expect(new Set(texts).size).toBe(texts.length)
    })

    it('every value carries text that is in the seed', () => {
      const doc = extraction(sample)
      const seed = seedText(sample).replace(/\s+/g, '')
      const sources = [
        doc.title,
        doc.docNumber,
        doc.writtenDate,
        doc.publishedDate,
        doc.effectiveDate,
        doc.interpretationBody,
        doc.disclosure,
        doc.indexNumber,
        doc.subject,
        doc.keywords,
        ...doc.issuers,
      ]
      for (const field of sources) if (field) expect(seed).toContain(field.source.replace(/\s+/g, ''))
    })

    it('report lists what was found and what was not', () => {
      const { report } = extraction(sample)
      expect([...report.fieldsFound, ...report.fieldsMissing].sort()).toEqual(
        [
          'title',
          'docNumber',
          'issuers',
          'writtenDate',
          'publishedDate',
          'effectiveDate',
          'expiresOn',
          'repealedOn',
          'interpretationBody',
          'disclosure',
          'indexNumber',
          'subject',
          'keywords',
          'attachments',
          'body',
        ].sort(),
      )
      expect(report.fieldsFound.includes('writtenDate')).toBe(sample.writtenDate !== null)
      expect(report.doubts.includes('未找到成文日期')).toBe(sample.writtenDate === null)
    })

    it('a page holding its text twice gives the body once', () => {
      const text = seedText(sample)
      const doc = extractDocument(`${text}\n\n${text}`)
      expect(doc.body).toEqual(extraction(sample).body)
      expect(doc.report.doubts).toContain('原文重复出现，正文已只保留一份')
    })

    it('JSON for --dry-run --json uses the collection field names', () => {
      const json = extractionToJson(extraction(sample))
      expect(json).toMatchObject({
        title: sample.title,
        docNumberRaw: sample.docNumberRaw,
        issuers: sample.issuers.map((key) => organ(key).name),
        writtenDate: sample.writtenDate,
        publishedDate: statedPublishedDate(sample),
        effectiveDate: sample.effectiveDate,
        expiresOn: sample.expiresOn,
        disclosure: sample.disclosure,
        indexNumber: sample.indexNumber,
        subject: sample.subject,
        keywords: sample.keywords,
      })
      expect(JSON.parse(JSON.stringify(json))).toEqual(json)
    })
  })

  it('flattened seeds repeated on the same line give the body once', () => {
    for (const sample of samples.filter((s) => ['002', '003'].some((n) => sourceOf(s).startsWith(n)))) {
      const lines = seedText(sample).split('\n')
      const longest = lines.reduce((a, b) => (b.length > a.length ? b : a))
      const doubled = lines.map((line) => (line === longest ? `${line.replace(/\s*\|\s*$/, '')} ${line}` : line)).join('\n')
      expect(extractDocument(doubled).body).toEqual(extraction(sample).body)
    }
  })

  it('known headings come out at their level', () => {
    const bySource = (n: string) => extraction(samples.find((s) => sourceOf(s).startsWith(n)) as SampleDocument).body
    const levelOf = (body: BodyBlock[], text: string) => {
      const block = body.find((b) => b.text === text || b.text.startsWith(text))
      return block?.type === 'heading' ? block.level : block ? 'paragraph' : 'missing'
    }
    expect(levelOf(bySource('001'), '一、坚持公开就是承诺,以公开促落实')).toBe(2)
    expect(levelOf(bySource('001'), '(一)以权威发布促落实')).toBe(3)
    // Ran into its paragraph in the seed; split at the ending its siblings share.
    expect(levelOf(bySource('001'), '(一)以权责清单和各类告知、承诺、服务清单公开促廉政')).toBe(3)
    expect(levelOf(bySource('001'), '运城市2022年政务公开工作要点')).toBe(2)
    expect(levelOf(bySource('000'), '(十八)办好政府公报电子版。')).toBe('paragraph')
    expect(levelOf(bySource('002'), '一、指导思想')).toBe(2)
    expect(levelOf(bySource('003'), '1.做好法定公开内容更新维护。')).toBe('paragraph')
    expect(levelOf(bySource('004'), '(一)推进决策公开')).toBe(3)
    expect(levelOf(bySource('004'), '1.健全清单管理制度。')).toBe('paragraph')
  })

  it('page breaks in mid-sentence are joined (seed 001)', () => {
    const text = extraction(samples.find((s) => sourceOf(s).startsWith('001')) as SampleDocument)
      .body.map((b) => b.text)
      .join('\n')
    expect(text).toContain('推动政策落实不偏不倚、准确到位。')
    expect(text).toContain('发展改革部门负责初审')
  })
})
