/** Reads what the interpretation deadline needs: a document's publication day and its interpretations' days. */
import type { Payload, PayloadRequest } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { gazetteTimeZone } from '../../core/settings'

export type InterpretationFacts = { publishedDate: string; interpretationDates: string[] }

export function gazetteToday(): string {
  return toCalendarDate(new Date(), gazetteTimeZone())
}

/** Publication days of the published interpretations of each document id. */
export async function interpretationDatesByDocument(
  payload: Payload,
  req: PayloadRequest | undefined,
  documentIds: Array<number | string>,
): Promise<Map<string, string[]>> {
  const timeZone = gazetteTimeZone()
  const result = new Map<string, string[]>()
  if (documentIds.length === 0) return result
  const { docs } = await payload.find({
    collection: 'interpretations',
    where: { and: [{ documents: { in: documentIds } }, { _status: { equals: 'published' } }] },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: false,
    user: req?.user,
  })
  for (const interpretation of docs) {
    if (!interpretation.publishedDate) continue
    const day = toCalendarDate(interpretation.publishedDate, timeZone)
    for (const ref of interpretation.documents ?? []) {
      const id = String(typeof ref === 'object' ? ref.id : ref)
      result.set(id, [...(result.get(id) ?? []), day])
    }
  }
  return result
}
