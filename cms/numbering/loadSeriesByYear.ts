/** Reads one issuing code's serials, per year, from documents and from the allocation records. */
import type { PayloadRequest } from 'payload'

import { docNumberSeries, unifiedNumberSeries } from './allocateSerial'

export type YearSerials = { year: number; used: number[]; allocated: number[] }

export async function loadSeriesByYear(req: PayloadRequest, code: string, series: 'docNumber' | 'unifiedNumber'): Promise<YearSerials[]> {
  const [codeField, yearField, serialField] =
    series === 'unifiedNumber'
      ? (['unifiedCode', 'unifiedYear', 'unifiedSerial'] as const)
      : (['docNumberCode', 'docNumberYear', 'docNumberSerial'] as const)
  const documents = await req.payload.find({
    collection: 'documents',
    where: { [codeField]: { equals: code } },
    pagination: false,
    depth: 0,
    select: { [yearField]: true, [serialField]: true },
    req,
  })
  const prefix = (series === 'unifiedNumber' ? unifiedNumberSeries(code, 0) : docNumberSeries(code, 0)).replace(/0$/, '')
  const reservations = await req.payload.find({
    collection: 'number-reservations',
    where: { series: { like: prefix } },
    pagination: false,
    depth: 0,
    req,
  })
  const byYear = new Map<number, YearSerials>()
  const entry = (year: number) => {
    let found = byYear.get(year)
    if (!found) byYear.set(year, (found = { year, used: [], allocated: [] }))
    return found
  }
  for (const doc of documents.docs as unknown as Array<Record<string, unknown>>) {
    const year = Number(doc[yearField])
    const serial = Number(doc[serialField])
    if (year && serial) entry(year).used.push(serial)
  }
  for (const reservation of reservations.docs) {
    if (!reservation.series.startsWith(prefix)) continue
    entry(Number(reservation.series.slice(prefix.length))).allocated.push(reservation.serial)
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year)
}
