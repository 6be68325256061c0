/**
 * Validity and relations of public documents for the snapshot, computed from the
 * public documents and the relations between them only: a repeal by a document the
 * public cannot see does not show, and neither does the hidden document.
 */
import { type DocumentRelation, effectiveRepealDate, relationsOf, relationSides, validityEventsOf } from '../relations/documentRelations'
import { nextStatusChange, statusTimeline, validityStatus, type ValidityFacts } from '../documents/validity'
import type { PublicDocument } from './schema'

export type ValidityInput = { id: string } & Omit<ValidityFacts, 'events'>

export type DocumentValidity = { validity: PublicDocument['validity']; repealedOn: string | null }

export function publicValidity(doc: ValidityInput, relations: readonly DocumentRelation[], asOf: string): DocumentValidity {
  const events = validityEventsOf(doc.id, relations)
  const facts: ValidityFacts = { ...doc, events }
  return {
    repealedOn: effectiveRepealDate(doc, relations),
    validity: {
      status: validityStatus(facts, asOf),
      asOf,
      nextChange: nextStatusChange(facts, asOf),
      timeline: statusTimeline(facts),
      events,
    },
  }
}

export function publicRelations(
  id: string,
  relations: readonly DocumentRelation[],
  describe: (otherId: string) => { title: string; docNumber: string | null } | undefined,
): PublicDocument['relations'] {
  const sides = relationsOf(id, relations)
  return relationSides.flatMap((side) =>
    sides[side].flatMap((related) => {
      const other = describe(related.id)
      return other ? [{ side, documentId: related.id, title: other.title, docNumber: other.docNumber, date: related.date }] : []
    }),
  )
}
