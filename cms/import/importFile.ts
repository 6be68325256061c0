/**
 * One legacy file becomes a draft (never a published document) with the original file
 * attached as its source and a report of what was found, missing or doubtful. The same
 * file imported again (same content) updates its draft instead of adding another, unless
 * that draft has been published since. A file whose 发文字号 another document already
 * has is refused as a likely duplicate (ImportRefusedError): the register allows a number
 * once, and a second draft of the same document is work for nobody.
 * Only an original the media library takes (core/uploads/uploadTypes.ts: a Word file) is
 * attached; text and web pages are not stored, since the library takes nothing a
 * browser could run, and their text is in the draft. The original is stored before the
 * draft is created; when an import stopped in between (a crash), importing the file
 * again takes the original already stored instead of storing it twice.
 * 发布日期 stays empty: it is the day this gazette publishes the document, set at
 * publication (hooks/defaultPublishedDate.ts). The day a source page says it was
 * published is another publisher's, so it goes into the import report, not the field.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { crashPoint } from '../../core/crashPoint'
import { type ExtractedDocument, extractDocument, type ImportSource } from '../../core/import'
import { acceptedExtensions, extensionOf } from '../../core/uploads/uploadTypes'
import type { Document } from '../payload-types'
import { draftFields, missingFieldsNote } from './draftFields'
import { importMessages } from './importMessages'
import { type ExistingDocument, ImportRefusedError } from './importRefusal'

export type ImportOutcome = {
  id: Document['id']
  created: boolean
  title: string
  /** The 发文字号 filled in, in its strict form; null when the file has none usable. */
  docNumber: string | null
  report: string[]
  extracted: ExtractedDocument
  /** Issuing organs read from the file that no registered organisation matches, by name. */
  proposedIssuers: string[]
}

/** What identifies a file across imports: its content, whatever its name. */
export function importKeyOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export async function importFile(payload: Payload, file: { name: string; bytes: Buffer; text: ImportSource }): Promise<ImportOutcome> {
  const importKey = importKeyOf(file.bytes)
  const extracted = extractDocument(file.text, { fileName: file.name })
  const draft = await draftFields(payload, extracted)
  const report = draft.notes
  const holder = draft.docNumber ? await numberHolder(payload, draft.docNumber, importKey) : null
  if (draft.docNumber && holder) throw new ImportRefusedError(importMessages.duplicateNumber(draft.docNumber, holder.title), holder)
  const extension = extensionOf(file.name)
  const keepsOriginal = acceptedExtensions.includes(`.${extension}`)
  if (!keepsOriginal) report.push(`原件“${file.name}”未作为素材保存（素材库不收 .${extension} 文件），正文已导入本草稿`)
  report.push(missingFieldsNote(extracted))

  const data = {
    ...draft.data,
    title: draft.data.title ?? path.basename(file.name),
    importKey,
    importReport: report.join('\n'),
    _status: 'draft' as const,
  }
  const existing = await payload.find({
    collection: 'documents',
    where: { importKey: { equals: importKey } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  const previous = existing.docs[0]
  const { docNumber, proposedIssuers } = draft
  if (previous) {
    // Overwriting a published document's text with a fresh import would bury the edits it was published with.
    if (await isPublished(payload, previous.id))
      throw new ImportRefusedError(importMessages.alreadyPublished(previous.title), { id: previous.id, title: previous.title })
    // Same content, same key: the source already attached is this very file.
    const doc = await payload.update({ collection: 'documents', id: previous.id, data, draft: true, depth: 0 })
    return { id: doc.id, created: false, title: data.title, docNumber, report, extracted, proposedIssuers }
  }
  // The upload rule stores the file with its own type for the extension.
  const source = keepsOriginal
    ? ((await unusedSource(payload, file)) ??
      (await payload.create({
        collection: 'media',
        data: { alt: sourceAlt(file.name) },
        file: { data: file.bytes, name: file.name, mimetype: 'application/octet-stream', size: file.bytes.length },
      })))
    : null
  // Killed here, the original is stored and no draft refers to it: importing the file again takes it (unusedSource).
  crashPoint('import:sourceStored')
  const doc = await payload.create({ collection: 'documents', data: { ...data, importSource: source?.id ?? null }, draft: true, depth: 0 })
  return { id: doc.id, created: true, title: data.title, docNumber, report, extracted, proposedIssuers }
}

const sourceAlt = (name: string) => `导入原件：${name}`

/**
 * The original of this very file stored by an import that stopped before its draft was
 * created (the process killed, the draft refused): same name, same bytes, and no
 * document refers to it. Taken instead of storing the file a second time.
 */
async function unusedSource(payload: Payload, file: { name: string; bytes: Buffer }): Promise<{ id: number } | null> {
  const { docs } = await payload.find({
    collection: 'media',
    where: { and: [{ alt: { equals: sourceAlt(file.name) } }, { filesize: { equals: file.bytes.length } }] },
    sort: '-createdAt',
    limit: 10,
    depth: 0,
  })
  const staticDir = payload.collections.media.config.upload.staticDir
  for (const media of docs) {
    const stored = media.filename && staticDir ? path.join(staticDir, media.filename) : null
    if (!stored || !fs.existsSync(stored) || !fs.readFileSync(stored).equals(file.bytes)) continue
    const users = await payload.count({ collection: 'documents', where: { importSource: { equals: media.id } } })
    if (users.totalDocs === 0) return media
  }
  return null
}

/** Another document (not this file's earlier import) that already has this number. */
async function numberHolder(payload: Payload, strict: string, importKey: string): Promise<ExistingDocument | null> {
  const { docs } = await payload.find({
    collection: 'documents',
    where: {
      and: [{ docNumber: { equals: strict } }, { or: [{ importKey: { not_equals: importKey } }, { importKey: { exists: false } }] }],
    },
    limit: 1,
    depth: 0,
    draft: true,
  })
  return docs[0] ? { id: docs[0].id, title: String(docs[0].title) } : null
}

/** Whether the document has a published version: the collection's own record (not a draft version) says so. */
async function isPublished(payload: Payload, id: Document['id']): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'documents',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}
