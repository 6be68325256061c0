/**
 * Writes the public snapshot: what an anonymous reader may see, read through the
 * Local API with overrideAccess: false and no user (the same access functions as the
 * REST and GraphQL APIs), shaped and validated by the snapshot schema.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'

import { toCalendarDate } from '../domain/calendarDate'
import { isPublicAttribute } from '../domain/disclosure'
import type { DocumentRelation } from '../domain/documentRelations'
import { blocksFromLexical } from './fromLexical'
import type { LexicalState } from './lexical'
import { numberParts } from './numberParts'
import { exportAttachments } from './exportFiles'
import { exportInterpretations } from './exportInterpretations'
import { exportIssues } from './exportIssues'
import { publicOrganization } from './publicOrganization'
import { publicRelations, publicValidity } from './publicValidity'
import {
  documentSchema,
  type Manifest,
  manifestSchema,
  type PublicDocument,
  type PublicOrganization,
  SNAPSHOT_SCHEMA_VERSION,
  snapshotPaths,
} from './schema'

export type ExportOptions = {
  /** The snapshot folder; replaced as a whole when the export succeeds. */
  outDir: string
  gazetteName: string
  timeZone: string
  /** The day statuses are computed for; default: today in the gazette's time zone. */
  asOf?: string
  /**
   * A staff preview: export this one document's latest draft, read with this user's
   * rights, instead of what the public may see. Never used for the public snapshot.
   */
  preview?: { id: number | string; user: TypedUser }
}

export type ExportResult = { documents: number; interpretations: number; files: number; outDir: string }

export async function exportSnapshot(payload: Payload, options: ExportOptions): Promise<ExportResult> {
  const { docs } = await payload.find({
    collection: 'documents',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    sort: '-publishedDate',
    // Interpretations and relations are read on their own, with their own access rules.
    joins: false,
    ...(options.preview ? { where: { id: { equals: options.preview.id } }, draft: true, user: options.preview.user } : {}),
  })

  const asOf = options.asOf ?? toCalendarDate(new Date(), options.timeZone)
  const day = (value: string | null | undefined) => (value ? toCalendarDate(value, options.timeZone) : null)
  const publicIds = new Map(docs.map((doc) => [String(doc.id), String(doc.slug)]))
  const relations = await publicRelationRecords(payload, publicIds, day)
  const described = new Map(docs.map((doc) => [String(doc.slug), { title: doc.title, docNumber: doc.docNumber ?? null }]))

  // Write beside the target, then swap, so a failed export never leaves half a snapshot.
  const staging = `${options.outDir}.staging-${process.pid}`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(path.join(staging, 'documents'), { recursive: true })

  const organizations = new Map<string, PublicOrganization>()
  const interpretations = await exportInterpretations(payload, {
    staging,
    publicDocuments: new Map(
      docs.map((doc) => [String(doc.id), { id: String(doc.slug), title: doc.title, docNumber: doc.docNumber ?? null }]),
    ),
    day,
    organization: (value) => publicOrganization(value, organizations),
    write: writeJson,
  })
  const publicDocs: PublicDocument[] = []
  let files = 0
  for (const doc of docs) {
    // Defence in depth: the access query already filtered these out.
    if (!options.preview && (doc._status !== 'published' || !isPublicAttribute(doc.disclosure))) continue
    const org = (value: unknown) => publicOrganization(value, organizations)
    const id = String(doc.slug)
    const attachments = await exportAttachments(payload, staging, id, doc.attachments ?? [])
    files += attachments.length
    const dates = {
      writtenDate: day(doc.writtenDate),
      publishedDate: day(doc.publishedDate ?? doc.createdAt),
      effectiveDate: day(doc.effectiveDate),
      expiresOn: day(doc.expiresOn),
      repealedOn: day(doc.repealedOn),
    }
    const { validity, repealedOn } = publicValidity({ id, ...dates }, relations, asOf)
    const publicDoc = documentSchema.parse({
      id,
      title: doc.title,
      docNumber: doc.docNumber ?? (doc.docNumberRaw || null),
      docNumberRaw: doc.docNumberRaw || null,
      docNumberParts: numberParts(doc.docNumber),
      unifiedNumber: doc.unifiedNumber || null,
      indexNumber: doc.indexNumber || null,
      kind: doc.kind,
      issuers: (doc.issuers ?? []).map(org).filter((o): o is PublicOrganization => o !== null),
      ...dates,
      repealedOn,
      validity,
      relations: publicRelations(id, relations, (otherId) => described.get(otherId)),
      interpretationBody: org(doc.interpretationBody),
      interpretations: interpretations.byDocument.get(id) ?? [],
      // A preview shows the page as it would be published.
      disclosure: options.preview ? 'proactive' : doc.disclosure,
      subject: doc.subject || null,
      keywords: doc.keywords ?? [],
      aliases: (doc.aliases ?? []).map(({ name, kind }) => ({ name: name.trim(), kind })).filter((alias) => alias.name !== ''),
      body: blocksFromLexical(doc.body as LexicalState | null | undefined),
      attachments,
      updatedAt: doc.updatedAt,
    })
    publicDocs.push(publicDoc)
    writeJson(path.join(staging, snapshotPaths.document(id)), publicDoc)
  }

  const withdrawn = options.preview ? [] : await withdrawnDocuments(payload, day)
  const issues = options.preview
    ? { issues: [], files: 0 }
    : await exportIssues(payload, {
        staging,
        documents: new Map(
          docs.map((doc) => [String(doc.id), { id: String(doc.slug), title: doc.title, docNumber: doc.docNumber ?? null }]),
        ),
        interpretations: interpretations.byDatabaseId,
        withdrawn: new Map(withdrawn.map((notice) => [notice.databaseId, { id: notice.id, title: notice.title, docNumber: null }])),
        day,
        warn: (message) => payload.logger.warn(message),
      })

  const manifest: Manifest = manifestSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    statusAsOf: asOf,
    nextStatusChange: earliest(publicDocs.map((d) => d.validity.nextChange)),
    gazette: { name: options.gazetteName, timeZone: options.timeZone },
    // The summary schema keeps the list fields and drops the rest (body, relations…).
    documents: publicDocs
      .map((doc) => ({ ...doc, status: doc.validity.status }))
      .sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || a.id.localeCompare(b.id)),
    interpretations: interpretations.summaries,
    withdrawn: withdrawn.map(({ id, title, withdrawnOn }) => ({ id, title, withdrawnOn })),
    issues: issues.issues,
    organizations: [...organizations.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  })
  writeJson(path.join(staging, snapshotPaths.manifest), manifest)

  fs.rmSync(options.outDir, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(options.outDir), { recursive: true })
  fs.renameSync(staging, options.outDir)
  return {
    documents: publicDocs.length,
    interpretations: interpretations.summaries.length,
    files: files + interpretations.files + issues.files,
    outDir: options.outDir,
  }
}

/** Relations readable by the public (both ends public), keyed by the documents' public ids. */
async function publicRelationRecords(
  payload: Payload,
  publicIds: Map<string, string>,
  day: (value: string | null | undefined) => string | null,
): Promise<DocumentRelation[]> {
  const { docs } = await payload.find({ collection: 'document-relations', overrideAccess: false, depth: 0, pagination: false })
  return docs.flatMap((r) => {
    const from = publicIds.get(String(typeof r.from === 'object' ? r.from.id : r.from))
    const to = publicIds.get(String(typeof r.to === 'object' ? r.to.id : r.to))
    const date = day(r.date)
    return from && to && date ? [{ kind: r.kind, from, to, date }] : []
  })
}

/**
 * Withdrawn documents keep a notice at their address. Read past the public filter (they
 * are drafts now), so only what was public before is kept: the title as last published
 * and the day, and only when that published version was 主动公开.
 */
async function withdrawnDocuments(payload: Payload, day: (value: string | null | undefined) => string | null) {
  const { docs } = await payload.find({
    collection: 'documents',
    // The disclosure that counts is the published version's (checked below), not a later draft's.
    where: { and: [{ reviewState: { equals: 'withdrawn' } }, { withdrawnAt: { exists: true } }] },
    select: { slug: true, withdrawnAt: true },
    overrideAccess: true,
    pagination: false,
    depth: 0,
  })
  const notices = []
  for (const doc of docs) {
    // The title as last published: later drafts were never reviewed and must not show.
    const { docs: versions } = await payload.findVersions({
      collection: 'documents',
      where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const published = versions[0]?.version
    if (published?.disclosure === 'proactive') {
      notices.push({
        databaseId: String(doc.id),
        id: String(doc.slug),
        title: published.title,
        withdrawnOn: day(doc.withdrawnAt) as string,
      })
    }
  }
  return notices
}

function earliest(days: Array<string | null>): string | null {
  return days.filter((d): d is string => d !== null).sort()[0] ?? null
}

function writeJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`)
}
