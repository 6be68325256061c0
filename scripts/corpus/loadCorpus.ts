/**
 * Loads a corpus into the CMS through the Local API, as published documents entered by
 * the system (no user, like the sample seed): every collection hook and validation that
 * runs on a real save runs here. Set AUTO_BUILD=off first, or each publication queues a
 * site build.
 */
import type { Payload } from 'payload'

import { fromCalendarDate } from '../../core/calendar/calendarDate'
import type { Document, Organization } from '../../cms/payload-types'
import { markdownToLexical } from '../lib/markdownToLexical'
import type { Corpus, CorpusDocument } from './types'
import { gazetteTimeZone } from '../../core/settings'

export type LoadResult = {
  organizations: number
  documents: number
  relations: number
  interpretations: number
  /** Database ids by document slug, for edits after loading. */
  documentIds: Map<string, Document['id']>
}

export async function loadCorpus(
  payload: Payload,
  corpus: Corpus,
  onProgress?: (done: number, total: number) => void,
): Promise<LoadResult> {
  const timeZone = gazetteTimeZone()
  const day = (value: string | null) => (value ? fromCalendarDate(value, timeZone) : null)
  const orgIds = new Map<string, Organization['id']>()
  for (const org of corpus.organizations) {
    const saved = await payload.create({
      collection: 'organizations',
      data: { name: org.name, shortName: org.shortName, orgCode: org.orgCode, isGovernment: org.isGovernment, slug: org.key },
      depth: 0,
    })
    orgIds.set(org.key, saved.id)
    for (const code of org.issuingCodes) {
      await payload.create({ collection: 'issuing-codes', data: { ...code, organization: saved.id }, depth: 0 })
    }
  }
  const orgId = (key: string) => orgIds.get(key) ?? unknown('organisation', key)

  const documentIds = new Map<string, Document['id']>()
  let done = 0
  for (const doc of corpus.documents) {
    const saved = await payload.create({ collection: 'documents', data: documentData(doc, orgId, day), depth: 0 })
    documentIds.set(doc.slug, saved.id)
    done += 1
    if (onProgress && done % 500 === 0) onProgress(done, corpus.documents.length)
  }
  const docId = (slug: string) => documentIds.get(slug) ?? unknown('document', slug)

  for (const relation of corpus.relations) {
    await payload.create({
      collection: 'document-relations',
      data: { kind: relation.kind, from: docId(relation.from), to: docId(relation.to), date: day(relation.date) as string },
      depth: 0,
    })
  }
  for (const item of corpus.interpretations) {
    await payload.create({
      collection: 'interpretations',
      data: {
        title: item.title,
        form: item.form,
        documents: item.documents.map(docId),
        interpretationBody: orgId(item.interpretationBody),
        publishedDate: day(item.publishedDate),
        disclosure: item.disclosure,
        body: markdownToLexical(item.body) as unknown as Document['body'],
        slug: item.slug,
        _status: 'published',
      },
      depth: 0,
    })
  }
  return {
    organizations: orgIds.size,
    documents: documentIds.size,
    relations: corpus.relations.length,
    interpretations: corpus.interpretations.length,
    documentIds,
  }
}

/** The CMS record of a corpus document, as the editor would have saved and published it. */
export function documentData(
  doc: CorpusDocument,
  orgId: (key: string) => Organization['id'],
  day: (value: string | null) => string | null,
) {
  return {
    title: doc.title,
    docNumberRaw: doc.docNumberRaw,
    unifiedNumber: doc.unifiedNumber,
    kind: doc.kind,
    issuers: doc.issuers.map(orgId),
    writtenDate: day(doc.writtenDate) as string,
    publishedDate: day(doc.publishedDate),
    effectiveDate: day(doc.effectiveDate),
    expiresOn: day(doc.expiresOn),
    repealedOn: day(doc.repealedOn),
    interpretationBody: doc.interpretationBody ? orgId(doc.interpretationBody) : null,
    disclosure: doc.disclosure,
    indexNumber: doc.indexNumber,
    subject: doc.subject,
    keywords: doc.keywords,
    aliases: doc.aliases,
    // Our JSON matches Lexical's serialized shape; the generated type is narrower than LexicalState.
    body: markdownToLexical(doc.body) as unknown as Document['body'],
    slug: doc.slug,
    _status: 'published' as const,
  }
}

function unknown(what: string, key: string): never {
  throw new Error(`corpus refers to an unknown ${what}: ${key}`)
}
