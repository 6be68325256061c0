/**
 * Public interpretations (政策解读) for the snapshot, read with the public's rights, as
 * rows for the snapshot assembler (core/snapshot/assembleSnapshot.ts), which links them
 * with the documents they explain (互为链接). An interpretation of documents none of
 * which is public is not exported: it would link to nothing.
 */
import type { Payload } from 'payload'

import type { InterpretationRow } from '../../core/snapshot/assembleSnapshot'
import { isPublicAttribute } from '../../core/documents/disclosure'
import type { LexicalState } from '../../core/snapshot/lexical'
import { relationId } from '../../core/snapshot/relationId'
import { type PublicOrganization, snapshotPaths } from '../../core/snapshot/schema'
import { exportAttachments, type SnapshotFiles } from '../snapshot/exportFiles'
import { readPublicItems } from '../snapshot/readPublicItems'

export type InterpretationExport = {
  /** Oldest first, as documents list them. */
  rows: InterpretationRow[]
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
    /** The previous snapshot, whose unchanged items keep their body (see exportSnapshot). */
    previous: string | null
    files: SnapshotFiles
    /** The public ids of the public documents, by database id. */
    publicDocuments: Map<string, string>
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
  const result: InterpretationExport = { rows: [], byDatabaseId: new Map(), counts: { reexported: [], reused: 0 } }
  for (const item of rows) {
    if (item._status !== 'published' || !isPublicAttribute(item.disclosure)) continue
    const documents = (item.documents ?? []).flatMap((ref) => context.publicDocuments.get(relationId(ref) ?? '') ?? [])
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
    result.rows.push({
      id,
      title: item.title,
      form: item.form,
      interpretationBody: context.organization(item.interpretationBody),
      documents,
      publishedDate: context.day(item.publishedDate ?? item.createdAt) as string,
      body: previous ? { previousFile: previous } : { lexical: item.body as LexicalState | null | undefined },
      images,
      video,
      attachments,
      updatedAt: item.updatedAt,
    })
    if (previous) result.counts.reused += 1
    else result.counts.reexported.push(id)
    result.byDatabaseId.set(String(item.id), { id, title: item.title, docNumber: null })
  }
  return result
}
