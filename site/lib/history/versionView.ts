/**
 * What the site shows of a document's versions (issue 22): each version's name, dates, the
 * period it was in force, the document that made it (a link when that document is in the
 * gazette) and where its own page and its comparison live. Computed from the version index
 * (core/history/versionIndex.ts) at build time, as plain data for the item pages' props.
 */
import { addDays } from '../../../core/calendar/calendarArithmetic'
import { documentPath, versionChangesPath, versionPath } from '../../../core/addresses'
import type { VersionIndex } from '../../../core/history/versionIndexSchema'
import { versionKindLabels } from '../../../core/history/versionHistory'

export type AmendingView = { kind: 'document'; href: string; title: string } | { kind: 'citation'; text: string }

export type VersionView = {
  number: number
  /** 原文, 2022年第一次修正. */
  label: string
  /** 原文, 修正, 修订, 勘误. */
  kindLabel: string
  title: string
  promulgatedDate: string | null
  effectiveDate: string | null
  /** The last day in force when known: the day before the next version, 废止 or the day of 有效期至. */
  until: string | null
  /** The newest version: the text on the document's own page. */
  current: boolean
  amendedBy: AmendingView | null
  href: string
  /** The comparison with the version before; null for the first. */
  changesHref: string | null
  /** The articles it changed, as labels, e.g. 第十一条; empty for the first. */
  changed: string[]
}

/** Titles of the public documents by id, to name an amending document. */
export type TitlesById = Readonly<Record<string, string>>

export function versionViews(index: VersionIndex, titles: TitlesById): VersionView[] {
  const last = index.versions.length
  const end = index.repealedOn ? addDays(index.repealedOn, -1) : index.expiresOn
  return index.versions.map((version, position) => {
    const next = index.versions.slice(position + 1).find((later) => later.effectiveDate !== null && later.kind !== 'correction')
    const ref = version.amendedBy
    const title = ref?.type === 'document' ? titles[ref.documentId] : undefined
    const amendedBy: AmendingView | null =
      ref === null
        ? null
        : ref.type === 'citation'
          ? { kind: 'citation', text: ref.text }
          : title !== undefined
            ? { kind: 'document', href: documentPath(ref.documentId), title }
            : null
    const changes = version.changes
    return {
      number: version.number,
      label: version.label,
      kindLabel: versionKindLabels[version.kind],
      title: version.title,
      promulgatedDate: version.promulgatedDate,
      effectiveDate: version.effectiveDate,
      until: next?.effectiveDate ? addDays(next.effectiveDate, -1) : end,
      current: version.number === last,
      amendedBy,
      href: versionPath(index.documentId, version.number),
      changesHref: version.number > 1 ? versionChangesPath(index.documentId, version.number) : null,
      changed: changes ? [...changes.changed, ...changes.added, ...changes.deleted] : [],
    }
  })
}
