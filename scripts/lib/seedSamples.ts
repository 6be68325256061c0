/**
 * Loads the sample content as published documents. Safe to run twice: organisations
 * are matched by name and documents by slug, and existing ones are updated in place.
 */
import type { Payload } from 'payload'

import type { Document, Organization } from '../../cms/payload-types'

import { fromCalendarDate } from '../../core/calendar/calendarDate'
import { markdownToLexical } from './markdownToLexical'
import { readSampleDocuments, readSampleInterpretations, readSampleOrganizations, type SampleDocument, samplesDir } from './samples'
import { gazetteTimeZone } from '../../core/settings'

export type SeedResult = { organizations: number; created: number; updated: number; interpretations: number }

export async function seedSamples(payload: Payload, dir = samplesDir): Promise<SeedResult> {
  const timeZone = gazetteTimeZone()
  const day = (value: string | null) => (value ? fromCalendarDate(value, timeZone) : null)

  const orgIds = new Map<string, Organization['id']>()
  for (const org of readSampleOrganizations(dir)) {
    const data = { name: org.name, shortName: org.shortName, orgCode: org.orgCode, isGovernment: org.isGovernment, slug: org.key }
    const existing = await payload.find({ collection: 'organizations', where: { name: { equals: org.name } }, limit: 1, depth: 0 })
    const saved = existing.docs[0]
      ? await payload.update({ collection: 'organizations', id: existing.docs[0].id, data, depth: 0 })
      : await payload.create({ collection: 'organizations', data, depth: 0 })
    orgIds.set(org.key, saved.id)
    for (const code of org.issuingCodes) {
      const registered = await payload.find({ collection: 'issuing-codes', where: { code: { equals: code } }, limit: 1, depth: 0 })
      const entry = { code, organization: saved.id, series: 'docNumber' as const, kind: 'other' as const }
      if (registered.docs[0]) await payload.update({ collection: 'issuing-codes', id: registered.docs[0].id, data: entry, depth: 0 })
      else await payload.create({ collection: 'issuing-codes', data: entry, depth: 0 })
    }
  }

  const orgId = (key: string) => {
    const id = orgIds.get(key)
    if (id === undefined) throw new Error(`示例文件引用了不存在的机关：${key}（unknown organisation key）`)
    return id
  }

  let created = 0
  let updated = 0
  const documentIds = new Map<string, Document['id']>()
  for (const sample of readSampleDocuments(dir)) {
    const data = {
      title: sample.title,
      docNumberRaw: sample.docNumberRaw,
      kind: sample.kind,
      issuers: sample.issuers.map(orgId),
      // Seed 004 prints no 成文日期; its publication date is the closest fact the page gives.
      writtenDate: fromCalendarDate(requiredWrittenDate(sample), timeZone),
      publishedDate: day(sample.publishedDate),
      effectiveDate: day(sample.effectiveDate),
      expiresOn: day(sample.expiresOn),
      repealedOn: day(sample.repealedOn),
      interpretationBody: sample.interpretationBody ? orgId(sample.interpretationBody) : null,
      disclosure: sample.disclosure,
      indexNumber: sample.indexNumber,
      subject: sample.subject,
      keywords: sample.keywords,
      aliases: sample.aliases ?? [],
      // Our JSON matches Lexical's serialized shape; the generated type is narrower than LexicalState.
      body: markdownToLexical(sample.body) as unknown as Document['body'],
      slug: sample.slug,
      _status: 'published' as const,
    }
    const existing = await payload.find({ collection: 'documents', where: { slug: { equals: sample.slug } }, limit: 1, depth: 0 })
    if (existing.docs[0]) {
      await payload.update({ collection: 'documents', id: existing.docs[0].id, data, depth: 0 })
      documentIds.set(sample.slug, existing.docs[0].id)
      updated += 1
    } else {
      documentIds.set(sample.slug, (await payload.create({ collection: 'documents', data, depth: 0 })).id)
      created += 1
    }
  }

  const interpretations = readSampleInterpretations(dir)
  for (const sample of interpretations) {
    const data = {
      title: sample.title,
      form: sample.form,
      documents: sample.documents.map((slug) => {
        const id = documentIds.get(slug)
        if (id === undefined) throw new Error(`示例解读引用了不存在的文件：${slug}（unknown document slug）`)
        return id
      }),
      interpretationBody: orgId(sample.interpretationBody),
      publishedDate: fromCalendarDate(sample.publishedDate, timeZone),
      disclosure: sample.disclosure,
      body: markdownToLexical(sample.body) as unknown as Document['body'],
      slug: sample.slug,
      _status: 'published' as const,
    }
    const existing = await payload.find({ collection: 'interpretations', where: { slug: { equals: sample.slug } }, limit: 1, depth: 0 })
    if (existing.docs[0]) await payload.update({ collection: 'interpretations', id: existing.docs[0].id, data, depth: 0 })
    else await payload.create({ collection: 'interpretations', data, depth: 0 })
  }
  return { organizations: orgIds.size, created, updated, interpretations: interpretations.length }
}

function requiredWrittenDate(sample: SampleDocument): string {
  const day = sample.writtenDate ?? sample.publishedDate
  if (!day) throw new Error(`示例文件 ${sample.slug} 缺少成文日期和发布日期（no writtenDate or publishedDate）`)
  return day
}
