/**
 * Relations between documents (修改, 废止, 替代). Each is one dated record, entered once, on
 * the side of the document that acts; the other side (被修改, 被废止, 被替代) is derived here
 * and never stored, so the two sides cannot disagree (Indigo keeps amendments and repeals
 * as dated records for the same reason).
 */
import { repealDate, type ValidityEvent } from '../documents/validity'

/** A closed list of what one document can do to another. */
export const relationKinds = ['amends', 'repeals', 'replaces'] as const

export type RelationKind = (typeof relationKinds)[number]

/** The verb of each kind, as the register's form, the checks' messages and the public page write it. */
export const relationKindLabels: Record<RelationKind, string> = {
  amends: '修改',
  repeals: '废止',
  replaces: '替代',
}

export type DocumentRelation = {
  kind: RelationKind
  /** The document that amends, repeals or replaces. */
  from: string
  /** The document amended, repealed or replaced. */
  to: string
  /** The day it takes effect, 'YYYY-MM-DD'. */
  date: string
}

/** Both sides of every relation, the acting side first. */
export const relationSides = ['amends', 'amendedBy', 'repeals', 'repealedBy', 'replaces', 'replacedBy'] as const

export type RelationSide = (typeof relationSides)[number]

/** Labels for the public page; "…" stands for the other document's title. */
export const relationSideLabels: Record<RelationSide, string> = {
  amends: relationKindLabels.amends,
  amendedBy: `被…${relationKindLabels.amends}`,
  repeals: relationKindLabels.repeals,
  repealedBy: `被…${relationKindLabels.repeals}`,
  replaces: relationKindLabels.replaces,
  replacedBy: `被…${relationKindLabels.replaces}`,
}

const sidesOf: Record<RelationKind, { acting: RelationSide; acted: RelationSide }> = {
  amends: { acting: 'amends', acted: 'amendedBy' },
  repeals: { acting: 'repeals', acted: 'repealedBy' },
  replaces: { acting: 'replaces', acted: 'replacedBy' },
}

/** One relation as seen from one document. */
export type RelatedDocument = {
  side: RelationSide
  label: string
  /** The id of the document on the other side. */
  id: string
  date: string
  /** The record as entered, the same object from both sides. */
  relation: DocumentRelation
}

export type DocumentRelations = Record<RelationSide, RelatedDocument[]>

/**
 * Every relation of document `id`, from its side, ordered by date then id. A relation of
 * a document with itself is left out: it is an entry error (see checkRelations), and
 * showing it would make the document repeal itself.
 */
export function relationsOf(id: string, relations: readonly DocumentRelation[]): DocumentRelations {
  const result: DocumentRelations = { amends: [], amendedBy: [], repeals: [], repealedBy: [], replaces: [], replacedBy: [] }
  for (const relation of relations) {
    if (relation.from === relation.to) continue
    const side = relation.from === id ? sidesOf[relation.kind].acting : relation.to === id ? sidesOf[relation.kind].acted : null
    if (side === null) continue
    const other = side === sidesOf[relation.kind].acting ? relation.to : relation.from
    result[side].push({ side, label: relationSideLabels[side], id: other, date: relation.date, relation })
  }
  for (const side of relationSides) {
    result[side].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }
  return result
}

/** '修改《甲》' or '被《甲》修改': the label with the other document's title in place. */
export function describeRelation(side: RelationSide, otherTitle: string): string {
  const label = relationSideLabels[side]
  const title = `《${otherTitle}》`
  return label.includes('…') ? label.replace('…', title) : `${label}${title}`
}

const eventKinds: Record<RelationKind, ValidityEvent['kind']> = { amends: 'amended', repeals: 'repealed', replaces: 'replaced' }

/** What other documents did to document `id`, as validity.ts needs it. */
export function validityEventsOf(id: string, relations: readonly DocumentRelation[]): ValidityEvent[] {
  return relations.filter((r) => r.to === id && r.from !== id).map((r) => ({ kind: eventKinds[r.kind], by: r.from, date: r.date }))
}

/**
 * The day document `doc` is repealed: its own 废止日期 when one is given, otherwise the
 * earliest repeal or replacement by another document, otherwise null. A replacement
 * repeals: the replaced document is no longer in force once its successor is.
 */
export function effectiveRepealDate(
  doc: { id: string; repealedOn?: string | null },
  relations: readonly DocumentRelation[],
): string | null {
  return repealDate({ repealedOn: doc.repealedOn, events: validityEventsOf(doc.id, relations) })
}
