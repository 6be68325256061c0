/**
 * Writes a corpus as a public snapshot folder without the CMS: its records become the
 * rows the export's snapshot assembler takes (core/snapshot/assembleSnapshot.ts), so the
 * layout, the shapes and the derived facts (printed numbers, validity, relations from
 * both sides, interpretation links, the manifest) are the export's own. For search and
 * site work at sizes the CMS would take long to load.
 */
import { DEFAULT_TIME_ZONE, toCalendarDate } from '../../core/calendar/calendarDate'
import { assembleSnapshot, type AssembledSnapshot, type DocumentRow, type InterpretationRow } from '../../core/snapshot/assembleSnapshot'
import type { PublicOrganization } from '../../core/snapshot/schema'
import { finishStaging, startStaging, writeAssembled } from '../../core/snapshot/writeSnapshot'
import { markdownToLexical } from '../lib/markdownToLexical'
import type { Corpus } from './types'

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
  const assembled = assembleCorpusSnapshot(corpus, options)
  const staging = startStaging(dir)
  writeAssembled(staging, assembled)
  finishStaging(staging, dir)
  return { dir, documents: assembled.documents.length, interpretations: assembled.interpretations.length }
}

/** The corpus as the export's rows, assembled. */
export function assembleCorpusSnapshot(corpus: Corpus, options: SnapshotOptions = {}): AssembledSnapshot {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  const organizations = new Map(corpus.organizations.map((o) => [o.key, { slug: o.key, name: o.name, shortName: o.shortName }]))
  const org = (key: string): PublicOrganization => {
    const found = organizations.get(key)
    if (!found) throw new Error(`corpus refers to an unknown organisation: ${key}`)
    return found
  }
  const slugs = new Set(corpus.documents.map((doc) => doc.slug))
  // As the CMS stores them: published in the morning, the time zone's day.
  const updatedAt = (day: string) => `${day}T02:00:00.000Z`
  const documents = corpus.documents.map((doc): DocumentRow => ({
    id: doc.slug,
    title: doc.title,
    docNumber: doc.docNumber,
    docNumberRaw: doc.docNumberRaw,
    unifiedNumber: doc.unifiedNumber,
    indexNumber: doc.indexNumber,
    kind: doc.kind,
    issuers: doc.issuers.map(org),
    writtenDate: doc.writtenDate,
    publishedDate: doc.publishedDate,
    effectiveDate: doc.effectiveDate,
    expiresOn: doc.expiresOn,
    repealedOn: doc.repealedOn,
    interpretationBody: doc.interpretationBody ? org(doc.interpretationBody) : null,
    disclosure: doc.disclosure,
    subject: doc.subject,
    keywords: doc.keywords,
    aliases: doc.aliases,
    body: { lexical: markdownToLexical(doc.body) },
    attachments: [],
    updatedAt: updatedAt(doc.publishedDate),
  }))
  // Oldest first, as the export reads them.
  const interpretations = [...corpus.interpretations]
    .sort((a, b) => a.publishedDate.localeCompare(b.publishedDate))
    .map((item): InterpretationRow => ({
      id: item.slug,
      title: item.title,
      form: item.form,
      interpretationBody: org(item.interpretationBody),
      documents: item.documents.map((slug) => (slugs.has(slug) ? slug : missing(slug))),
      publishedDate: item.publishedDate,
      body: { lexical: markdownToLexical(item.body) },
      images: [],
      video: null,
      attachments: [],
      updatedAt: updatedAt(item.publishedDate),
    }))
  return assembleSnapshot({
    gazette: { name: options.gazetteName ?? '河阳市人民政府公报（基准测试）', timeZone },
    asOf: options.asOf ?? toCalendarDate(new Date(), timeZone),
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    documents,
    relations: corpus.relations.map((relation) => ({ ...relation })),
    interpretations,
  })
}

function missing(slug: string): never {
  throw new Error(`corpus interpretation refers to an unknown document: ${slug}`)
}
