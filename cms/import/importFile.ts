/**
 * One legacy file becomes a draft (never a published document) with the original file
 * attached as its source and a report of what was found, missing or doubtful. The same
 * file imported again (same content) updates its draft instead of adding another.
 */
import { createHash } from 'node:crypto'
import path from 'node:path'
import type { Payload } from 'payload'

import { fromCalendarDate } from '../domain/calendarDate'
import { type ExtractedDocument, extractDocument, extractedFieldLabels } from '../domain/import'
import type { Document } from '../payload-types'
import { blocksToLexical } from './blocksToLexical'
import { matchOrganizations } from './matchOrganizations'

export type ImportOutcome = { id: Document['id']; created: boolean; report: string[]; extracted: ExtractedDocument }

const mimeTypes: Record<string, string> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export async function importFile(payload: Payload, file: { name: string; bytes: Buffer; text: string }): Promise<ImportOutcome> {
  const timeZone = process.env.GAZETTE_TIMEZONE ?? 'Asia/Shanghai'
  const importKey = createHash('sha256').update(file.bytes).digest('hex')
  const extracted = extractDocument(file.text, { fileName: file.name })
  const report = [...extracted.report.doubts]
  const orgs = await matchOrganizations(payload, [
    ...extracted.issuers.flatMap((issuer) => [issuer.value, ...issuer.alsoPrintedAs]),
    ...(extracted.interpretationBody ? [extracted.interpretationBody.value] : []),
  ])
  const issuerIds = [...new Set(extracted.issuers.flatMap((issuer) => orgs.get(issuer.value) ?? issuer.alsoPrintedAs.flatMap((n) => orgs.get(n) ?? [])))]
  for (const issuer of extracted.issuers) {
    if (!orgs.get(issuer.value)?.length && !issuer.alsoPrintedAs.some((n) => orgs.get(n)?.length)) report.push(`机关登记簿中没有“${issuer.value}”，请先登记或手工选择发文机关`)
  }
  const interpretationBody = extracted.interpretationBody ? (orgs.get(extracted.interpretationBody.value) ?? [])[0] : undefined
  const number = extracted.docNumber?.value
  if (number && !number.strict) report.push(`发文字号“${number.raw}”无法规范，未填入，请核对`)
  const holder = number?.strict ? await numberHolder(payload, number.strict, importKey) : null
  if (holder) report.push(`发文字号“${number?.strict}”已被《${holder}》使用，未填入；如为同一文件，请勿重复导入`)
  for (const name of extracted.attachments?.value ?? []) report.push(`附件“${name}”需另行上传`)
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
    return { id: doc.id, created: false, report, extracted }
  }
  const source = await payload.create({
    collection: 'media',
    data: { alt: `导入原件：${file.name}` },
    file: {
      data: file.bytes,
      name: file.name,
      mimetype: mimeTypes[path.extname(file.name).toLowerCase()] ?? 'application/octet-stream',
      size: file.bytes.length,
    },
  })
  const doc = await payload.create({ collection: 'documents', data: { ...data, importSource: source.id }, draft: true, depth: 0 })
  return { id: doc.id, created: true, report, extracted }
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
