/**
 * Public interpretations (政策解读) for the snapshot, read with the public's rights, and
 * the links back from each public document they explain (互为链接). An interpretation
 * of documents none of which is public is not exported: it would link to nothing.
 */
import path from 'node:path'
import type { Payload } from 'payload'

import { isPublicAttribute } from '../../core/documents/disclosure'
import { exportAttachments, type SnapshotFiles } from '../snapshot/exportFiles'
import { blocksFromLexical } from '../../core/snapshot/fromLexical'
import type { LexicalState } from '../../core/snapshot/lexical'
import { readPublicItems } from '../snapshot/readPublicItems'
import { relationId } from '../../core/snapshot/relationId'
import {
  interpretationSchema,
  interpretationSummarySchema,
  type PublicInterpretation,
  type PublicOrganization,
  snapshotPaths,
} from '../../core/snapshot/schema'
import { writeItemFile } from '../../core/snapshot/snapshotJson'

type DocumentRef = PublicInterpretation['documents'][number]

export type InterpretationExport = {
  summaries: ReturnType<typeof interpretationSummarySchema.parse>[]
  /** For each public document id: its interpretations, oldest first. */
  byDocument: Map<string, Array<{ id: string; title: string; form: PublicInterpretation['form']; publishedDate: string }>>
  /** Public interpretations by database id, for the issues that print them. */
  byDatabaseId: Map<string, { id: string; title: string; docNumber: null }>
  /** Public ids whose body was converted anew, and how many kept the previous snapshot's. */
  counts: { reexported: string[]; reused: number }
}

/** Every interpretation field the snapshot takes from a row, but the body. */
const interpretationFields = {
  slug: true,
  title: true,
  form: true,
  documents: true,
  interpretationBody: true,
  publishedDate: true,
  images: true,
  video: true,
  videoUrl: true,
  attachments: true,
  disclosure: true,
  _status: true,
  createdAt: true,
  updatedAt: true,
} as const

export async function exportInterpretations(
  payload: Payload,
  context: {
    staging: string
    /** The previous snapshot, whose unchanged items keep their body (see exportSnapshot). */
    previous: string | null
    files: SnapshotFiles
    /** Public documents by database id. */
    publicDocuments: Map<string, DocumentRef>
    day: (value: string | null | undefined) => string | null
    organization: (value: unknown) => PublicOrganization | null
  },
): Promise<InterpretationExport> {
  const { rows, reused } = await readPublicItems(payload, {
    collection: 'interpretations',
    fields: interpretationFields,
    sort: 'publishedDate',
    file: snapshotPaths.interpretation,
    previous: context.previous,
  })
  await context.files.preload(
    rows.flatMap((item) => [
      ...(item.images ?? []).map((row) => row.image),
      item.video,
      ...(item.attachments ?? []).map((row) => row.file),
    ]),
  )
  const result: InterpretationExport = {
    summaries: [],
    byDocument: new Map(),
    byDatabaseId: new Map(),
    counts: { reexported: [], reused: 0 },
  }
  for (const item of rows) {
    if (item._status !== 'published' || !isPublicAttribute(item.disclosure)) continue
    const documents = (item.documents ?? []).flatMap((ref) => {
      const found = context.publicDocuments.get(relationId(ref) ?? '')
      return found ? [found] : []
    })
    if (documents.length === 0) continue
    const id = String(item.slug)
    const owner = `interpretations/${id}`
    const images = []
    for (const row of item.images ?? []) {
      const copied = await context.files.copy(owner, row.image)
      if (copied) images.push({ url: copied.url, alt: row.alt, width: copied.width, height: copied.height })
    }
    const uploadedVideo = item.video ? await context.files.copy(owner, item.video) : null
    const video = uploadedVideo
      ? { url: uploadedVideo.url, mimeType: uploadedVideo.mimeType }
      : item.videoUrl
        ? { url: item.videoUrl, mimeType: null }
        : null
    const attachments = await exportAttachments(context.files, owner, item.attachments ?? [])
    const previous = reused.get(id)
    const publishedDate = context.day(item.publishedDate ?? item.createdAt) as string
    const interpretation = interpretationSchema.parse({
      id,
      title: item.title,
      form: item.form,
      interpretationBody: context.organization(item.interpretationBody),
      documents,
      publishedDate,
      // The body converted by the export that wrote the previous file, validated then.
      body: previous ? [] : blocksFromLexical(item.body as LexicalState | null | undefined),
      images,
      video,
      attachments,
      updatedAt: item.updatedAt,
    })
    writeItemFile(path.join(context.staging, snapshotPaths.interpretation(id)), interpretation, previous)
    if (previous) result.counts.reused += 1
    else result.counts.reexported.push(id)
    result.summaries.push(interpretationSummarySchema.parse(interpretation))
    result.byDatabaseId.set(String(item.id), { id, title: item.title, docNumber: null })
    for (const document of documents) {
      const list = result.byDocument.get(document.id) ?? []
      list.push({ id, title: interpretation.title, form: interpretation.form, publishedDate })
      result.byDocument.set(document.id, list)
    }
  }
  result.summaries.sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || a.id.localeCompare(b.id))
  return result
}
