/**
 * What the importer's extraction of one text becomes on a draft document: its fields
 * (发文机关 matched to the organisation register, dates as the gazette's calendar days,
 * the body as rich text) and the notes of its 导入报告. Shared by the one-file importer
 * (importFile.ts) and the back-issue importer (cms/backIssues/), so that a document reads
 * the same whichever way it came in. 发布日期 stays empty: it is the day this gazette
 * publishes the document, set at publication; the day a source says it was published
 * goes into the notes.
 */
import type { Payload } from 'payload'

import { fromCalendarDate } from '../../core/calendar/calendarDate'
import { type ExtractedDocument, extractedFieldLabels } from '../../core/import'
import { gazetteTimeZone } from '../../core/settings'
import type { Document } from '../payload-types'
import { blocksToLexical } from './blocksToLexical'
import { importMessages } from './importMessages'
import { matchOrganizations } from './matchOrganizations'

export type DraftFields = {
  /** The fields to save; `title` is null when the text states none (the caller names the draft). */
  data: Omit<Partial<Document>, 'title'> & { title: string | null }
  /** Lines of the 导入报告, in the order the editor reads them. */
  notes: string[]
  /** Issuing organs read from the text that no registered organisation matches, by name. */
  proposedIssuers: string[]
  /** The 发文字号 in its strict form; null when the text has none usable. */
  docNumber: string | null
}

export async function draftFields(payload: Payload, extracted: ExtractedDocument): Promise<DraftFields> {
  const timeZone = gazetteTimeZone()
  const notes = [...extracted.report.doubts]
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
    notes.unshift(`建议发文机关：${proposedIssuers.join('、')}（机关登记簿中尚无，请先登记，再在草稿中选择）`)
  }
  const interpretationBody = extracted.interpretationBody ? (orgs.get(extracted.interpretationBody.value) ?? [])[0] : undefined
  const number = extracted.docNumber?.value
  if (number && !number.strict) notes.push(`发文字号“${number.raw}”无法规范，未填入，请核对`)
  if (extracted.publishedDate) notes.push(importMessages.sourcePublishedDate(extracted.publishedDate.value))
  for (const name of extracted.attachments?.value ?? []) notes.push(`附件“${name}”需另行上传`)

  const day = (value: string | undefined) => (value ? fromCalendarDate(value, timeZone) : null)
  return {
    data: {
      title: extracted.title?.value ?? null,
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
    },
    notes,
    proposedIssuers,
    docNumber: number?.strict ?? null,
  }
}

/** The report's last line: the fields the text does not state (发布日期 is never filled from one). */
export function missingFieldsNote(extracted: ExtractedDocument): string {
  const missing = extracted.report.fieldsMissing.filter((f) => f !== 'publishedDate')
  return `缺少：${missing.map((f) => extractedFieldLabels[f]).join('、') || '无'}；文件类型请手工选择`
}
