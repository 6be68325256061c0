/**
 * The validity facts a document page carries for the browser, so the status can be
 * recomputed for the day the page is read (see scripts/validity/correctStatus.ts).
 * Only the dates and relation events validity.ts reads; nothing else of the document.
 */
import { isCalendarDate } from '../../../core/calendar/calendarDate'
import type { ValidityEvent, ValidityFacts } from '../../../core/documents/validity'
import type { PublicDocument } from '../../../core/snapshot/schema'

export type EmbeddedValidity = {
  /** The gazette's IANA time zone: "today" is a calendar day there, not in the reader's zone. */
  timeZone: string
  /** The day the page's printed status was computed for. */
  asOf: string
  facts: Required<ValidityFacts>
}

/** The id of the element on a document page that carries the facts. */
export const VALIDITY_DATA_ID = 'validity-facts'

/** The attribute of that element holding them as JSON. */
export const VALIDITY_DATA_ATTRIBUTE = 'data-validity'

export function embeddedValidity(document: PublicDocument, timeZone: string): EmbeddedValidity {
  const { writtenDate, publishedDate, effectiveDate, expiresOn, repealedOn, validity } = document
  return {
    timeZone,
    asOf: validity.asOf,
    facts: {
      writtenDate,
      publishedDate,
      effectiveDate,
      expiresOn,
      repealedOn,
      events: validity.events.map(({ kind, by, date }) => ({ kind, by, date })),
    },
  }
}

const eventKinds: readonly string[] = ['amended', 'repealed', 'replaced'] satisfies ValidityEvent['kind'][]
const optionalDay = (value: unknown) => value === null || isCalendarDate(value)

/** The embedded data when it has the expected shape; null for anything else, which is never trusted. */
export function readEmbeddedValidity(json: unknown): EmbeddedValidity | null {
  if (typeof json !== 'object' || json === null) return null
  const { timeZone, asOf, facts } = json as Partial<Record<keyof EmbeddedValidity, unknown>>
  if (typeof timeZone !== 'string' || !isCalendarDate(asOf) || typeof facts !== 'object' || facts === null) return null
  const f = facts as Record<string, unknown>
  const days = ['writtenDate', 'publishedDate', 'effectiveDate', 'expiresOn', 'repealedOn'].every((key) => optionalDay(f[key]))
  const events =
    Array.isArray(f.events) &&
    f.events.every((e: unknown) => {
      const event = e as Partial<ValidityEvent> | null
      return (
        typeof event === 'object' &&
        event !== null &&
        eventKinds.includes(String(event.kind)) &&
        typeof event.by === 'string' &&
        isCalendarDate(event.date)
      )
    })
  return days && events ? (json as EmbeddedValidity) : null
}
