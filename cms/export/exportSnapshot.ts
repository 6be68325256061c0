/**
 * Writes the public snapshot: what an anonymous reader may see, read through the
 * Local API with overrideAccess: false and no user (the same access functions as the
 * REST and GraphQL APIs). The rows read here (and by each feature's part: documents,
 * interpretations, issues) are shaped, derived and validated by the snapshot assembler
 * (core/snapshot/assembleSnapshot.ts), which the corpus writer shares.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, TypedUser } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { isPublicAttribute } from '../../core/documents/disclosure'
import { configuredDocumentKinds } from '../../core/documents/documentKindsFile'
import type { DocumentRelation } from '../../core/relations/documentRelations'
import { assembleSnapshot, type DocumentRow } from '../../core/snapshot/assembleSnapshot'
import { inChunks } from '../../core/snapshot/inChunks'
import { publicOrganization } from '../../core/snapshot/publicOrganization'
import { relationId } from '../../core/snapshot/relationId'
import { SNAPSHOT_SCHEMA_VERSION, snapshotPaths } from '../../core/snapshot/schema'
import { finishStaging, startStaging, writeAssembled } from '../../core/snapshot/writeSnapshot'
import { exportDocument } from '../documents/exportDocument'
import { exportInterpretations } from '../interpretations/exportInterpretations'
import { exportIssues } from '../issues/exportIssues'
import { readOrganizations } from '../organizations/readOrganizations'
import { snapshotFiles } from '../snapshot/exportFiles'
import { readPublicItems } from '../snapshot/readPublicItems'

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
  /**
   * The folder of the last snapshot this code exported (usually `outDir` itself): an
   * incremental export. Documents and interpretations whose stored row is unchanged
   * since (same updatedAt, which Payload sets on every save) keep their body converted
   * then and, when their file comes out the same, that file hard-linked; uploads whose
   * file has the same size and time, and issue covers encoded from a source with the
   * same time, are hard-linked too. Everything derived from other
   * records (organisations, relations, interpretations, issues, validity on `asOf`) is
   * computed anew, so the snapshot is the one a full export would write. Leave it out
   * after the export code or the database changed by other means than Payload (a
   * migration rewriting bodies): the body conversion is then not the same. Ignored for
   * a preview, and when the folder is not a snapshot of this schema version. Files are
   * hard-linked from it, so the two folders share them: treat snapshot files as read-only.
   */
  previous?: string
}

/** Public ids whose body was converted anew, and how many items kept the previous one. */
export type ReexportCounts = { reexported: string[]; reused: number }

export type ExportResult = {
  documents: number
  interpretations: number
  files: number
  outDir: string
  /** Without `previous`, every item is re-exported and no file is linked. */
  incremental: { documents: ReexportCounts; interpretations: ReexportCounts; filesLinked: number }
}

/** Every document field the snapshot takes from a row, but the body. */
const documentFields = {
  slug: true,
  title: true,
  docNumber: true,
  docNumberRaw: true,
  unifiedNumber: true,
  indexNumber: true,
  kind: true,
  issuers: true,
  writtenDate: true,
  publishedDate: true,
  effectiveDate: true,
  expiresOn: true,
  repealedOn: true,
  interpretationBody: true,
  disclosure: true,
  subject: true,
  keywords: true,
  aliases: true,
  attachments: true,
  versionKind: true,
  amendedBy: true,
  amendedByCitation: true,
  versions: true,
  _status: true,
  createdAt: true,
  updatedAt: true,
} as const

export async function exportSnapshot(payload: Payload, options: ExportOptions): Promise<ExportResult> {
  const previous = options.preview ? null : usablePrevious(options.previous)
  const { rows: read, reused } = await readPublicItems(payload, {
    collection: 'documents',
    fields: documentFields,
    sort: '-publishedDate',
    file: snapshotPaths.document,
    previous,
    ...(options.preview ? { query: { where: { id: { equals: options.preview.id } }, draft: true, user: options.preview.user } } : {}),
  })
  // Defence in depth: the access query already filtered these out.
  const docs = options.preview ? read : read.filter((doc) => doc._status === 'published' && isPublicAttribute(doc.disclosure))

  const asOf = options.asOf ?? toCalendarDate(new Date(), options.timeZone)
  const day = calendarDays(options.timeZone)
  // By database id, as relations, interpretations and issues refer to documents.
  const publicDocuments = new Map(
    docs.map((doc) => [String(doc.id), { id: String(doc.slug), title: doc.title, docNumber: doc.docNumber ?? null }]),
  )
  const publicIds = new Map([...publicDocuments].map(([databaseId, { id }]) => [databaseId, id]))
  const relations = await publicRelationRecords(payload, publicDocuments, day)
  const titles = new Map(docs.map((doc) => [String(doc.slug), doc.title]))

  // Written beside the target, then swapped in, so a failed export never leaves half a snapshot.
  const staging = startStaging(options.outDir)
  const files = snapshotFiles(payload, staging, previous, (owner) => titles.get(owner))
  const organizationRows = await readOrganizations(payload)
  const organization = (ref: unknown) => publicOrganization(organizationRows.get(relationId(ref) ?? '') ?? null)
  const interpretations = await exportInterpretations(payload, { previous, files, publicDocuments: publicIds, day, organization })
  await files.preload(docs.flatMap((doc) => (doc.attachments ?? []).map((row) => row.file)))
  const documentRows: DocumentRow[] = []
  const documentCounts: ReexportCounts = { reexported: [], reused: 0 }
  for (const doc of docs) {
    const id = String(doc.slug)
    const reusedBody = reused.get(id)
    const context = {
      files,
      preview: Boolean(options.preview),
      day,
      organization,
      publicId: (ref: unknown) => publicIds.get(relationId(ref) ?? '') ?? null,
    }
    documentRows.push(await exportDocument(doc, reusedBody, context))
    if (reusedBody) documentCounts.reused += 1
    else documentCounts.reexported.push(id)
  }

  const withdrawn = options.preview ? [] : await withdrawnDocuments(payload, day)
  const issues = options.preview
    ? { issues: [] }
    : await exportIssues(payload, {
        staging,
        previous,
        files,
        documents: publicDocuments,
        interpretations: interpretations.byDatabaseId,
        withdrawn: new Map(withdrawn.map((notice) => [notice.databaseId, { id: notice.id, title: notice.title, docNumber: null }])),
        day,
        warn: (message) => payload.logger.warn(message),
      })

  const assembled = assembleSnapshot({
    gazette: { name: options.gazetteName, timeZone: options.timeZone, kinds: [...configuredDocumentKinds()] },
    asOf,
    generatedAt: new Date().toISOString(),
    documents: documentRows,
    relations,
    interpretations: interpretations.rows,
    withdrawn: withdrawn.map(({ id, title, withdrawnOn }) => ({ id, title, withdrawnOn })),
    issues: issues.issues,
  })
  writeAssembled(staging, assembled)
  finishStaging(staging, options.outDir)
  return {
    documents: assembled.documents.length,
    interpretations: assembled.interpretations.length,
    files: files.counts.written + files.counts.linked,
    outDir: options.outDir,
    incremental: { documents: documentCounts, interpretations: interpretations.counts, filesLinked: files.counts.linked },
  }
}

/** The previous snapshot when it is one this code can build on; null for a full export. */
function usablePrevious(folder: string | undefined): string | null {
  if (!folder) return null
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, snapshotPaths.manifest), 'utf8')) as { schemaVersion?: unknown }
    return manifest.schemaVersion === SNAPSHOT_SCHEMA_VERSION ? folder : null
  } catch {
    return null
  }
}

/** Calendar days of stored instants, each distinct instant converted once (Intl is slow). */
function calendarDays(timeZone: string): (value: string | null | undefined) => string | null {
  const days = new Map<string, string>()
  return (value) => {
    if (!value) return null
    let result = days.get(value)
    if (result === undefined) {
      result = toCalendarDate(value, timeZone)
      days.set(value, result)
    }
    return result
  }
}

/** Relations readable by the public (both ends public), keyed by the documents' public ids. */
async function publicRelationRecords(
  payload: Payload,
  publicDocuments: Map<string, { id: string }>,
  day: (value: string | null | undefined) => string | null,
): Promise<DocumentRelation[]> {
  const { docs } = await payload.find({ collection: 'document-relations', overrideAccess: false, depth: 0, pagination: false })
  return docs.flatMap((r) => {
    const from = publicDocuments.get(relationId(r.from) ?? '')?.id
    const to = publicDocuments.get(relationId(r.to) ?? '')?.id
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
  // The title as last published: later drafts were never reviewed and must not show.
  const lastPublished = new Map<string, { title: string; disclosure: string }>()
  for (const chunk of inChunks(docs.map((doc) => doc.id))) {
    const { docs: versions } = await payload.findVersions({
      collection: 'documents',
      where: { and: [{ parent: { in: chunk } }, { 'version._status': { equals: 'published' } }] },
      select: { parent: true, updatedAt: true, version: { title: true, disclosure: true } },
      sort: '-updatedAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const { parent, version } of versions) {
      const key = relationId(parent) ?? ''
      if (!lastPublished.has(key)) lastPublished.set(key, version)
    }
  }
  return docs.flatMap((doc) => {
    const published = lastPublished.get(String(doc.id))
    if (published?.disclosure !== 'proactive') return []
    return [{ databaseId: String(doc.id), id: String(doc.slug), title: published.title, withdrawnOn: day(doc.withdrawnAt) as string }]
  })
}
