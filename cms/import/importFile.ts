/**
 * One legacy file becomes a draft (never a published document) with the original file
 * attached as its source and a report of what was found, missing or doubtful. The same
 * file imported again (same content) updates its draft instead of adding another.
 * Only an original the media library takes (cms/domain/uploadTypes.ts: a Word file) is
 * attached; text and web pages are not stored, since the library takes nothing a
 * browser could run, and their text is in the draft.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Payload } from 'payload'

import { fromCalendarDate } from '../domain/calendarDate'
import { type ExtractedDocument, extractDocument, extractedFieldLabels, type ImportSource } from '../domain/import'
import { acceptedExtensions, extensionOf } from '../domain/uploadTypes'
import type { Document } from '../payload-types'
import { blocksToLexical } from './blocksToLexical'
import { matchOrganizations } from './matchOrganizations'

export type ImportOutcome = {
  id: Document['id']
  created: boolean
  report: string[]
  extracted: ExtractedDocument
  /** Issuing organs read from the file that no registered organisation matches, by name. */
  proposedIssuers: string[]
}

export async function importFile(payload: Payload, file: { name: string; bytes: Buffer; text: ImportSource }): Promise<ImportOutcome> {
  const timeZone = process.env.GAZETTE_TIMEZONE ?? 'Asia/Shanghai'
  const importKey = createHash('sha256').update(file.bytes).digest('hex')
  const extracted = extractDocument(file.text, { fileName: file.name })
  const report = [...extracted.report.doubts]
  const orgs = await matchOrganizations(payload, [
    ...extracted.issuers.flatMap((issuer) => [issuer.value, ...issuer.alsoPrintedAs]),
    ...(extracted.interpretationBody ? [extracted.interpretationBody.value] : []),
  ])
  const issuerIds = [...new Set(extracted.issuers.flatMap((issuer) => orgs.get(issuer.value) ?? issuer.alsoPrintedAs.flatMap((n) => orgs.get(n) ?? [])))]
  // An organ the register does not hold yet is proposed by name, first in the report the
  // admin shows: the draft's 发文机关 can only point at registered organisations.
  const proposedIssuers = extracted.issuers.filter((issuer) => !orgs.get(issuer.value)?.length && !issuer.alsoPrintedAs.some((n) => orgs.get(n)?.length)).map((issuer) => issuer.value)
  if (proposedIssuers.length > 0) {
    report.unshift(`建议发文机关：${proposedIssuers.join('、')}（机关登记簿中尚无，请先登记，再在草稿中选择）`)
  }
  const interpretationBody = extracted.interpretationBody ? (orgs.get(extracted.interpretationBody.value) ?? [])[0] : undefined
  const number = extracted.docNumber?.value
  if (number && !number.strict) report.push(`发文字号“${number.raw}”无法规范，未填入，请核对`)
  const holder = number?.strict ? await numberHolder(payload, number.strict, importKey) : null
  if (holder) report.push(`发文字号“${number?.strict}”已被《${holder}》使用，未填入；如为同一文件，请勿重复导入`)
  for (const name of extracted.attachments?.value ?? []) report.push(`附件“${name}”需另行上传`)
  const extension = extensionOf(file.name)
  const keepsOriginal = acceptedExtensions.includes(`.${extension}`)
  if (!keepsOriginal) report.push(`原件“${file.name}”未作为素材保存（素材库不收 .${extension} 文件），正文已导入本草稿`)
  report.push(`缺少：${extracted.report.fieldsMissing.map((f) => extractedFieldLabels[f]).join('、') || '无'}；文件类型请手工选择`)

  const day = (value: string | undefined) => (value ? fromCalendarDate(value, timeZone) : null)
  const data = {
    title: extracted.title?.value ?? path.basename(file.name),
    docNumberRaw: number?.strict && !holder ? number.raw : null,
    issuers: issuerIds,
    writtenDate: day(extracted.writtenDate?.value) ?? undefined,
    publishedDate: day(extracted.publishedDate?.value),
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
  const existing = await payload.find({ collection: 'documents', where: { importKey: { equals: importKey } }, limit: 1, depth: 0, draft: true })
  const previous = existing.docs[0]
  if (previous) {
    // Same content, same key: the source already attached is this very file.
    const doc = await payload.update({ collection: 'documents', id: previous.id, data, draft: true, depth: 0 })
    return { id: doc.id, created: false, report, extracted, proposedIssuers }
  }
  // The upload rule stores the file with its own type for the extension.
  const source = keepsOriginal
    ? await payload.create({
        collection: 'media',
        data: { alt: `导入原件：${file.name}` },
        file: { data: file.bytes, name: file.name, mimetype: 'application/octet-stream', size: file.bytes.length },
      })
    : null
  const doc = await payload.create({ collection: 'documents', data: { ...data, importSource: source?.id ?? null }, draft: true, depth: 0 })
  return { id: doc.id, created: true, report, extracted, proposedIssuers }
}

/** The title of another document (not this file's earlier import) that already has this number. */
async function numberHolder(payload: Payload, strict: string, importKey: string): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'documents',
    where: { and: [{ docNumber: { equals: strict } }, { or: [{ importKey: { not_equals: importKey } }, { importKey: { exists: false } }] }] },
    limit: 1,
    depth: 0,
    draft: true,
  })
  return docs[0] ? String(docs[0].title) : null
}
