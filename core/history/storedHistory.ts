/**
 * The version history of a document as the CMS stores it (issue 22): the document's own fields
 * are its newest version (title, body, 发布日期 as 公布日期, 施行日期, with the kind of that
 * version and the document that made it), and the `versions` rows are the earlier ones, oldest
 * first, the first being the 原文. A document without rows is a history of one version, as
 * documentAsHistory.ts reads it, so every record stays valid without being touched.
 *
 * One builder for the CMS's check on save and for the export, so the two read the same history.
 */
import { inForceFrom, repealDate, type ValidityFacts } from '../documents/validity'
import type { Block } from '../text/blocks'
import type { AmendingRef, DocumentVersion, VersionHistory, VersionKind } from './versionHistory'

export type StoredHistory = ValidityFacts & {
  /** The id amendingSelf compares with: the database id in the CMS, the public id in the export. */
  id: string
  title: string
  body: Block[]
  /** The kind of the current text; 原文 when the document was never amended. */
  versionKind: VersionKind | null
  /** The document that made the current text; null for a 原文. */
  amendedBy: AmendingRef | null
  /** The earlier texts, oldest first. */
  earlier: DocumentVersion[]
}

export function storedHistory(document: StoredHistory): VersionHistory {
  const hasEarlier = document.earlier.length > 0
  const current: DocumentVersion = {
    kind: document.versionKind ?? 'original',
    title: document.title,
    body: document.body,
    promulgatedDate: document.publishedDate ?? null,
    // A text that replaced another takes effect on its own 施行日期; the 原文 alone may fall
    // back on 发布日期 or 成文日期, as the status model does.
    effectiveDate: hasEarlier ? (document.effectiveDate ?? null) : inForceFrom(document),
    amendedBy: document.amendedBy,
  }
  return {
    documentId: document.id,
    versions: [...document.earlier, current],
    end: { repealedOn: repealDate(document), expiresOn: document.expiresOn ?? null },
  }
}

/** The amending document as entered: a relation to a document of the gazette wins over a citation. */
export function amendingRef(documentId: string | null, citation: string | null | undefined): AmendingRef | null {
  if (documentId !== null && documentId !== '') return { type: 'document', documentId }
  const text = citation?.trim() ?? ''
  return text === '' ? null : { type: 'citation', text }
}
