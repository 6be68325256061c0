/**
 * What importing a revised text as a new version (导入新版本, issue 22) does to a document:
 * the current text — title, body, 公布日期, 施行日期, its kind and the document that made it —
 * becomes the last row of 历次版本, and the imported text becomes the document's own, with
 * the kind, amending document and dates the editor gave (the 施行日期 read from the text
 * when none was given). Exactly what an office does by hand (versionFields.ts), so the
 * history check and the review workflow treat it the same way.
 */
import type { VersionKind } from '../../../core/history/versionHistory'
import type { Document } from '../../payload-types'

export type NewVersionChoice = {
  kind: Exclude<VersionKind, 'original'>
  /** The amending document in this gazette (its database id: a number on SQLite, a string on MongoDB), or null. */
  amendedBy: number | null
  amendedByCitation: string | null
  /** ISO instants as the date fields store them; null when not given. */
  promulgatedDate: string | null
  effectiveDate: string | null
}

export type ImportedText = {
  title: string | null
  body: Document['body']
  /** The 施行日期 the text states, as an ISO instant. */
  effectiveDate: string | null
}

type Row = NonNullable<Document['versions']>[number]

export function newVersionData(current: Document, imported: ImportedText, choice: NewVersionChoice): Partial<Document> {
  const currentAsRow: Row = {
    kind: current.versionKind ?? 'original',
    title: current.title,
    body: current.body,
    promulgatedDate: current.publishedDate ?? null,
    effectiveDate: current.effectiveDate ?? null,
    amendedBy: rawId(current.amendedBy),
    amendedByCitation: current.amendedByCitation ?? null,
  }
  // Rows keep their ids, so that Payload updates them rather than making them anew.
  const earlier = (current.versions ?? []).map((row) => ({ ...row, amendedBy: rawId(row.amendedBy) }))
  return {
    versions: [...earlier, currentAsRow],
    title: imported.title ?? current.title,
    body: imported.body,
    versionKind: choice.kind,
    amendedBy: choice.amendedBy,
    amendedByCitation: choice.amendedByCitation,
    publishedDate: choice.promulgatedDate,
    effectiveDate: choice.effectiveDate ?? imported.effectiveDate,
  }
}

/** A relation's id as the adapter gave it: a number on SQLite, a string on MongoDB. */
function rawId(value: unknown): number | null {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? (id as number) : null
}
