/**
 * The life of a document as dated events for its page: 成文, 发布, 施行, then what other
 * documents did to it (修改, 废止, 替代), an explicit 废止, and 失效 when its term ran out.
 * Dates come from the snapshot as exported; the day a term ends is the status timeline's
 * (validity.ts), so the page and the status never disagree.
 */
import type { RelationSide } from '../../../core/relations/documentRelations'
import type { PublicDocument } from '../../../core/snapshot/schema'

export type TimelineKind = 'written' | 'published' | 'effective' | 'amended' | 'replaced' | 'repealed' | 'expired'

/** The other document of a relation, and the side this document is on (被…修改 and so on). */
export type OtherDocument = { side: RelationSide; id: string; title: string; docNumber: string | null }

export type TimelineEntry = {
  date: string
  kind: TimelineKind
  /** The document that amended, repealed or replaced this one; null for the document's own dates. */
  by: OtherDocument | null
}

// On one day, events read in the order they happen to a document.
const rank: Record<TimelineKind, number> = { written: 0, published: 1, effective: 2, amended: 3, replaced: 4, repealed: 5, expired: 6 }

// The side this document is on when another document acts on it.
const sideOfEvent = { amended: 'amendedBy', repealed: 'repealedBy', replaced: 'replacedBy' } as const

export function documentTimeline(document: PublicDocument): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { date: document.writtenDate, kind: 'written', by: null },
    { date: document.publishedDate, kind: 'published', by: null },
  ]
  if (document.effectiveDate) entries.push({ date: document.effectiveDate, kind: 'effective', by: null })

  for (const event of document.validity.events) {
    const side = sideOfEvent[event.kind]
    const relation = document.relations.find((r) => r.side === side && r.documentId === event.by && r.date === event.date)
    // Events come from public documents only, so the relation is there; the id alone is a safe fallback.
    const by = relation
      ? { side, id: relation.documentId, title: relation.title, docNumber: relation.docNumber }
      : { side, id: event.by, title: event.by, docNumber: null }
    entries.push({ date: event.date, kind: event.kind, by })
  }

  // A 废止日期 entered on the document itself, not already told by a repealing document.
  const repealed = document.repealedOn
  if (repealed && !entries.some((e) => (e.kind === 'repealed' || e.kind === 'replaced') && e.date === repealed)) {
    entries.push({ date: repealed, kind: 'repealed', by: null })
  }

  // Only a term that actually ends the document: a repeal before the end leaves no 失效.
  const expired = document.validity.timeline.find((change) => change.status === 'expired')
  if (expired) entries.push({ date: expired.date, kind: 'expired', by: null })

  return entries.sort((a, b) => a.date.localeCompare(b.date) || rank[a.kind] - rank[b.kind])
}
