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

import { fromCalendarDate } from '../../core/calendar/calendarDate'
import { crashPoint } from '../../core/crashPoint'
import { type ExtractedDocument, extractDocument, extractedFieldLabels, type ImportSource } from '../../core/import'
import { acceptedExtensions, extensionOf } from '../../core/uploads/uploadTypes'
import type { Document } from '../payload-types'
import { blocksToLexical } from './blocksToLexical'
import { importMessages } from './importMessages'
import { type ExistingDocument, ImportRefusedError } from './importRefusal'
import { matchOrganizations } from './matchOrganizations'
import { gazetteTimeZone } from '../../core/settings'

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
  const timeZone = gazetteTimeZone()
  const importKey = importKeyOf(file.bytes)
  const extracted = extractDocument(file.text, { fileName: file.name })
  const report = [...extracted.report.doubts]
  const orgs = await matchOrganizations(payload, [
    ...extracted.issuers.flatMap((issuer) => [issuer.value, ...issuer.alsoPrintedAs]),
    ...(extracted.interpretationBody ? [extracted.interpretationBody.value] : []),
  ])
  const issuerIds = [
    ...new Set(extracted.issuers.flatMap((issuer) => orgs.get(issuer.value) ?? issuer.alsoPrintedAs.flatMap((n) => orgs.get(n) ?? []))),
  ]
  // An organ the register does not hold yet is proposed by name, first in the report the
  // admin shows: the draft's 发文机关 can only point at registered organisations.
  const proposedIssuers = extracted.issuers
    .filter((issuer) => !orgs.get(issuer.value)?.length && !issuer.alsoPrintedAs.some((n) => orgs.get(n)?.length))
    .map((issuer) => issuer.value)
  if (proposedIssuers.length > 0) {
    report.unshift(`建议发文机关：${proposedIssuers.join('、')}（机关登记簿中尚无，请先登记，再在草稿中选择）`)
  }
  const interpretationBody = extracted.interpretationBody ? (orgs.get(extracted.interpretationBody.value) ?? [])[0] : undefined
  const number = extracted.docNumber?.value
  if (number && !number.strict) report.push(`发文字号“${number.raw}”无法规范，未填入，请核对`)
  const holder = number?.strict ? await numberHolder(payload, number.strict, importKey) : null
  if (number?.strict && holder) throw new ImportRefusedError(importMessages.duplicateNumber(number.strict, holder.title), holder)
  if (extracted.publishedDate) report.push(importMessages.sourcePublishedDate(extracted.publishedDate.value))
  for (const name of extracted.attachments?.value ?? []) report.push(`附件“${name}”需另行上传`)
  const extension = extensionOf(file.name)
  const keepsOriginal = acceptedExtensions.includes(`.${extension}`)
  if (!keepsOriginal) report.push(`原件“${file.name}”未作为素材保存（素材库不收 .${extension} 文件），正文已导入本草稿`)
  // 发布日期 is never filled from a file, so its absence is nothing to report.
  const missing = extracted.report.fieldsMissing.filter((f) => f !== 'publishedDate')
  report.push(`缺少：${missing.map((f) => extractedFieldLabels[f]).join('、') || '无'}；文件类型请手工选择`)

  const day = (value: string | undefined) => (value ? fromCalendarDate(value, timeZone) : null)
  const data = {
    title: extracted.title?.value ?? path.basename(file.name),
    docNumberRaw: number?.strict ? number.raw : null,
    issuers: issuerIds,
    writtenDate: day(extracted.writtenDate?.value) ?? undefined,
    publishedDate: null,
    effectiveDate: day(extracted.effectiveDate?.value),
    expiresOn: day(extracted.expiresOn?.value),
    repealedOn: day(extracted.repealedOn?.value),
    interpretationBody: interpretationBody ?? null,
    disclosure: extracted.disclosure?.value,
    indexNumber: extracted.indexNumber?.value ?? null,
    subject: extracted.subject?.value ?? null,
    keywords: extracted.keywords?.value ?? [],
    body: blocksToLexical(extracted.body) as unknown as Document['body'],
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
  const docNumber = number?.strict ?? null
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
