/**
 * Refuses a save whose version history does not hold (issue 22): core/history's checkHistory
 * run on the history the save would store (core/history/storedHistory.ts), each error a
 * Payload ValidationError in Chinese on the field the editor corrects, a row's field
 * (versions.1.effectiveDate) or the document's own (effectiveDate for the current text).
 * Drafts are checked too, as enforceDocumentRules does, since Payload skips field validation
 * on drafts. A document never given earlier versions nor another kind is not checked here:
 * its one text is the document's own, which enforceDocumentRules governs.
 */
import { type CollectionBeforeChangeHook, ValidationError, type ValidationFieldError } from 'payload'

import { toCalendarDate } from '../../../core/calendar/calendarDate'
import { checkHistory, type HistoryIssue } from '../../../core/history/checkHistory'
import { amendingRef, storedHistory } from '../../../core/history/storedHistory'
import type { DocumentVersion, VersionKind } from '../../../core/history/versionHistory'
import { blocksFromLexical } from '../../../core/snapshot/fromLexical'
import type { LexicalState } from '../../../core/snapshot/lexical'
import { relationId } from '../../../core/snapshot/relationId'
import { gazetteTimeZone } from '../../../core/settings'
import { label } from '../../fields/label'
import type { Document } from '../../payload-types'

type Row = NonNullable<Document['versions']>[number]

const rowFieldLabels: Record<HistoryIssue['field'], ReturnType<typeof label>> = {
  versions: label('历次版本', 'Earlier versions'),
  kind: label('类别', 'Kind'),
  title: label('标题', 'Title'),
  body: label('正文', 'Body'),
  promulgatedDate: label('公布日期', 'Promulgated'),
  effectiveDate: label('施行日期', 'In force from'),
  amendedBy: label('修改文件', 'Amended by'),
}

/** The document's own field that holds a field of its current text. */
const currentFieldPaths: Record<HistoryIssue['field'], string> = {
  versions: 'versions',
  kind: 'versionKind',
  title: 'title',
  body: 'body',
  promulgatedDate: 'publishedDate',
  effectiveDate: 'effectiveDate',
  amendedBy: 'amendedBy',
}

export const checkVersionHistory: CollectionBeforeChangeHook<Document> = ({ data, originalDoc, req }) => {
  const merged: Partial<Document> = { ...(originalDoc ?? {}), ...data }
  const rows = merged.versions ?? []
  const kind = (merged.versionKind ?? 'original') as VersionKind
  if (rows.length === 0 && kind === 'original' && !merged.amendedBy && !merged.amendedByCitation?.trim()) return data

  const timeZone = gazetteTimeZone()
  const day = (value: unknown): string | null => {
    if (typeof value !== 'string' && !(value instanceof Date)) return null
    try {
      return toCalendarDate(value, timeZone)
    } catch {
      return typeof value === 'string' ? value : null
    }
  }
  const earlier = rows.map((row: Row): DocumentVersion => ({
    kind: row.kind as VersionKind,
    title: row.title ?? '',
    body: blocksFromLexical(row.body as LexicalState | null | undefined),
    promulgatedDate: day(row.promulgatedDate),
    effectiveDate: day(row.effectiveDate),
    amendedBy: amendingRef(relationId(row.amendedBy), row.amendedByCitation),
  }))
  const history = storedHistory({
    id: originalDoc?.id === undefined ? '' : String(originalDoc.id),
    title: merged.title ?? '',
    body: blocksFromLexical(merged.body as LexicalState | null | undefined),
    writtenDate: day(merged.writtenDate),
    publishedDate: day(merged.publishedDate),
    effectiveDate: day(merged.effectiveDate),
    expiresOn: day(merged.expiresOn),
    repealedOn: day(merged.repealedOn),
    versionKind: kind,
    amendedBy: amendingRef(relationId(merged.amendedBy), merged.amendedByCitation),
    earlier,
  })

  const current = history.versions.length
  const errors: ValidationFieldError[] = checkHistory(history)
    .filter((issue) => issue.severity === 'error')
    // 发布日期 of the current text is filled on publication (defaultPublishedDate).
    .filter((issue) => !(issue.version === current && issue.code === 'promulgatedMissing'))
    .map((issue) => ({
      path:
        issue.version === null
          ? 'versions'
          : issue.version === current
            ? currentFieldPaths[issue.field]
            : `versions.${issue.version - 1}.${issue.field}`,
      label: rowFieldLabels[issue.field],
      message: issue.message,
    }))
  if (errors.length > 0) throw new ValidationError({ collection: 'documents', errors, req }, req.t)
  return data
}
