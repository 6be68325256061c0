/**
 * Public interpretations (政策解读) for the snapshot, read with the public's rights, and
 * the links back from each public document they explain (互为链接). An interpretation
 * of documents none of which is public is not exported: it would link to nothing.
 */
import path from 'node:path'
import type { Payload } from 'payload'

import { isPublicAttribute } from '../domain/disclosure'
import { copyMedia, exportAttachments } from './exportFiles'
import { blocksFromLexical } from './fromLexical'
import type { LexicalState } from './lexical'
import {
  interpretationSchema,
  interpretationSummarySchema,
  type PublicInterpretation,
  type PublicOrganization,
  snapshotPaths,
} from './schema'

type DocumentRef = PublicInterpretation['documents'][number]

export type InterpretationExport = {
  summaries: ReturnType<typeof interpretationSummarySchema.parse>[]
  /** For each public document id: its interpretations, oldest first. */
  byDocument: Map<string, Array<{ id: string; title: string; form: PublicInterpretation['form']; publishedDate: string }>>
  /** Public interpretations by database id, for the issues that print them. */
  byDatabaseId: Map<string, { id: string; title: string; docNumber: null }>
  files: number
}

export async function exportInterpretations(
  payload: Payload,
  context: {
    staging: string
    /** Public documents by database id. */
    publicDocuments: Map<string, DocumentRef>
    day: (value: string | null | undefined) => string | null
    organization: (value: unknown) => PublicOrganization | null
    write: (file: string, value: unknown) => void
  },
): Promise<InterpretationExport> {
  const { docs } = await payload.find({
    collection: 'interpretations',
    overrideAccess: false,
    depth: 1,
    pagination: false,
    sort: 'publishedDate',
  })
  const result: InterpretationExport = { summaries: [], byDocument: new Map(), byDatabaseId: new Map(), files: 0 }
  for (const item of docs) {
    if (item._status !== 'published' || !isPublicAttribute(item.disclosure)) continue
    const documents = (item.documents ?? []).flatMap((ref) => {
      const found = context.publicDocuments.get(String(typeof ref === 'object' ? ref.id : ref))
      return found ? [found] : []
    })
    if (documents.length === 0) continue
    const id = String(item.slug)
    const owner = `interpretations/${id}`
    const images = []
    for (const row of item.images ?? []) {
      const copied = await copyMedia(payload, context.staging, owner, row.image)
      if (copied) images.push({ url: copied.url, alt: row.alt, width: copied.width, height: copied.height })
    }
    const uploadedVideo = item.video ? await copyMedia(payload, context.staging, owner, item.video) : null
    const video = uploadedVideo
      ? { url: uploadedVideo.url, mimeType: uploadedVideo.mimeType }
      : item.videoUrl
        ? { url: item.videoUrl, mimeType: null }
        : null
    const attachments = await exportAttachments(payload, context.staging, owner, item.attachments ?? [])
    result.files += images.length + attachments.length + (uploadedVideo ? 1 : 0)
    const publishedDate = context.day(item.publishedDate ?? item.createdAt) as string
    const interpretation = interpretationSchema.parse({
      id,
      title: item.title,
      form: item.form,
      interpretationBody: context.organization(item.interpretationBody),
      documents,
      publishedDate,
      body: blocksFromLexical(item.body as LexicalState | null | undefined),
      images,
      video,
      attachments,
      updatedAt: item.updatedAt,
    })
    context.write(path.join(context.staging, snapshotPaths.interpretation(id)), interpretation)
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
