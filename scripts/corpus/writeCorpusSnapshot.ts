/**
 * Writes a corpus as a public snapshot folder without the CMS: the same layout
 * (snapshotPaths), the same shapes (every record parsed by the zod schemas of
 * core/snapshot/schema.ts) and the same derived facts (strict numbers, validity,
 * relations from both sides, interpretation links) as exportSnapshot. For search and
 * site work at sizes the CMS would take long to load.
 */
import fs from 'node:fs'
import path from 'node:path'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import type { DocumentRelation } from '../../core/relations/documentRelations'
import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import { numberParts } from '../../core/snapshot/numberParts'
import { publicRelations, publicValidity } from '../../core/snapshot/publicValidity'
import { writeJson } from '../../core/snapshot/snapshotJson'
import {
  documentSchema,
  documentSummarySchema,
  interpretationSchema,
  interpretationSummarySchema,
  manifestSchema,
  type PublicDocument,
  type PublicInterpretation,
  type PublicOrganization,
  SNAPSHOT_SCHEMA_VERSION,
  snapshotPaths,
} from '../../core/snapshot/schema'
import { markdownToLexical } from '../lib/markdownToLexical'
import type { Corpus, CorpusDocument } from './types'

export type SnapshotOptions = {
  gazetteName?: string
  timeZone?: string
  /** The day statuses are computed for; default: today in the time zone (as the export does). */
  asOf?: string
  /** Default: now. Fix it for byte-identical output. */
  generatedAt?: string
}

export type WrittenSnapshot = { dir: string; documents: number; interpretations: number }

export function writeCorpusSnapshot(corpus: Corpus, dir: string, options: SnapshotOptions = {}): WrittenSnapshot {
  const timeZone = options.timeZone ?? 'Asia/Shanghai'
  const asOf = options.asOf ?? toCalendarDate(new Date(), timeZone)
  const organizations = new Map(corpus.organizations.map((o) => [o.key, { slug: o.key, name: o.name, shortName: o.shortName }]))
  const used = new Map<string, PublicOrganization>()
  const org = (key: string): PublicOrganization => {
    const found = organizations.get(key)
    if (!found) throw new Error(`corpus refers to an unknown organisation: ${key}`)
    used.set(key, found)
    return found
  }
  const described = new Map(corpus.documents.map((d) => [d.slug, { id: d.slug, title: d.title, docNumber: printedNumber(d) }]))
  const relations: DocumentRelation[] = corpus.relations.map((r) => ({ ...r }))

  const staging = `${dir}.staging-${process.pid}`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(path.join(staging, 'documents'), { recursive: true })

  const interpretationsOf = new Map<string, PublicDocument['interpretations']>()
  const interpretationSummaries = []
  for (const item of [...corpus.interpretations].sort((a, b) => a.publishedDate.localeCompare(b.publishedDate))) {
    const interpretation: PublicInterpretation = interpretationSchema.parse({
      id: item.slug,
      title: item.title,
      form: item.form,
      interpretationBody: org(item.interpretationBody),
      documents: item.documents.map((slug) => described.get(slug) ?? missing(slug)),
      publishedDate: item.publishedDate,
      body: blocksFromLexical(markdownToLexical(item.body)),
      images: [],
      video: null,
      attachments: [],
      updatedAt: `${item.publishedDate}T02:00:00.000Z`,
    })
    writeJson(path.join(staging, snapshotPaths.interpretation(item.slug)), interpretation)
    interpretationSummaries.push(interpretationSummarySchema.parse(interpretation))
    for (const slug of item.documents) {
      const list = interpretationsOf.get(slug) ?? []
      list.push({ id: item.slug, title: item.title, form: item.form, publishedDate: item.publishedDate })
      interpretationsOf.set(slug, list)
    }
  }

  const summaries = []
  let nextStatusChange: string | null = null
  for (const doc of corpus.documents) {
    const dates = {
      writtenDate: doc.writtenDate,
      publishedDate: doc.publishedDate,
      effectiveDate: doc.effectiveDate,
      expiresOn: doc.expiresOn,
      repealedOn: doc.repealedOn,
    }
    const { validity, repealedOn } = publicValidity({ id: doc.slug, ...dates }, relations, asOf)
    const publicDoc = documentSchema.parse({
      id: doc.slug,
      title: doc.title,
      docNumber: printedNumber(doc),
      docNumberRaw: doc.docNumberRaw,
      docNumberParts: numberParts(doc.docNumber),
      unifiedNumber: doc.unifiedNumber,
      indexNumber: doc.indexNumber,
      kind: doc.kind,
      issuers: doc.issuers.map(org),
      ...dates,
      repealedOn,
      validity,
      relations: publicRelations(doc.slug, relations, (other) => described.get(other)),
      interpretationBody: doc.interpretationBody ? org(doc.interpretationBody) : null,
      interpretations: interpretationsOf.get(doc.slug) ?? [],
      disclosure: 'proactive',
      subject: doc.subject,
      keywords: doc.keywords,
      aliases: doc.aliases,
      body: blocksFromLexical(markdownToLexical(doc.body)),
      attachments: [],
      updatedAt: `${doc.publishedDate}T02:00:00.000Z`,
    })
    writeJson(path.join(staging, snapshotPaths.document(doc.slug)), publicDoc)
    summaries.push(documentSummarySchema.parse({ ...publicDoc, status: validity.status }))
    const change = validity.nextChange
    if (change && (nextStatusChange === null || change < nextStatusChange)) nextStatusChange = change
  }

  const manifest = manifestSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    statusAsOf: asOf,
    nextStatusChange,
    gazette: { name: options.gazetteName ?? '河阳市人民政府公报（基准测试）', timeZone },
    documents: summaries.sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || a.id.localeCompare(b.id)),
    withdrawn: [],
    interpretations: interpretationSummaries.sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || a.id.localeCompare(b.id)),
    organizations: [...used.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  })
  writeJson(path.join(staging, snapshotPaths.manifest), manifest)

  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(dir), { recursive: true })
  fs.renameSync(staging, dir)
  return { dir, documents: summaries.length, interpretations: interpretationSummaries.length }
}

/** What the export prints as the number: the strict form, else the raw one. */
function printedNumber(doc: CorpusDocument): string | null {
  return doc.docNumber ?? doc.docNumberRaw
}

function missing(slug: string): never {
  throw new Error(`corpus interpretation refers to an unknown document: ${slug}`)
}
