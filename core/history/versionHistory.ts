/**
 * A document's version history: its texts in order (原文, then each 修正, 修订 or 勘误), each
 * with its own title, body, 公布日期 and 施行日期 and the document that made it. The text in
 * force on a day, the document's status, its 修改 relations and the comparison of two texts
 * are all read from this one record (issue 22), never stored beside it.
 *
 * Days are calendar days 'YYYY-MM-DD' in the gazette's time zone; they compare as strings
 * and nothing here turns them into instants, so no time zone can move a boundary.
 */
import type { Block } from '../text/blocks'

/** A closed list: how a version came about. */
export const versionKinds = ['original', 'amendment', 'revision', 'correction'] as const

export type VersionKind = (typeof versionKinds)[number]

/**
 * 原文: the text first made; 修正: some articles changed by a decision (关于修改〈…〉的决定)
 * and the whole text republished; 修订: a whole new text replacing the old; 勘误: errors of
 * the printed text corrected in a later issue.
 */
export const versionKindLabels: Record<VersionKind, string> = {
  original: '原文',
  amendment: '修正',
  revision: '修订',
  correction: '勘误',
}

/**
 * The document that made a version: a document of this gazette (its public id), or a
 * citation when it is not in the gazette (《国务院关于修改和废止部分行政法规的决定》（国务院令第752号）).
 */
export type AmendingRef = { type: 'document'; documentId: string } | { type: 'citation'; text: string }

export type DocumentVersion = {
  kind: VersionKind
  /** The title this text carries: a 修订 may rename the document. */
  title: string
  /** The text, in the snapshot's block format. */
  body: Block[]
  /** 公布日期: the day this text was made public. */
  promulgatedDate: string | null
  /** 施行日期: the first day this text is in force. Required; null only while being entered. */
  effectiveDate: string | null
  /** The decision, order or notice that made this version; null for the 原文. */
  amendedBy: AmendingRef | null
}

/** How the document as a whole ends, whatever its version: kept on the document. */
export type DocumentEnd = {
  /** 废止日期: the first day it is no longer in force (explicit, or from a repealing document). */
  repealedOn: string | null
  /** 有效期至: the last day it is in force. */
  expiresOn: string | null
}

export type VersionHistory = {
  /** The document's public id. */
  documentId: string
  /** In the order they were made; version n (1-based) is versions[n - 1]. */
  versions: DocumentVersion[]
  end: DocumentEnd
}
