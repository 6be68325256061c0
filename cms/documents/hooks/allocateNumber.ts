import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { toCalendarDate } from '../../../core/calendar/calendarDate'
import { formatUnifiedNumber } from '../../../core/documents/unifiedNumber'
import { label } from '../../fields/label'
import type { Document, IssuingCode } from '../../payload-types'
import { messages } from '../../../core/messages'
import { allocateSerial, docNumberSeries, unifiedNumberSeries } from '../../numbering/allocateSerial'
import { unifiedNumberShapes } from '../../numbering/config'
import { relationId } from '../../../core/snapshot/relationId'
import { gazetteTimeZone } from '../../../core/settings'

type Series = IssuingCode['series']

/**
 * "取号": when the editor picks an issuing code instead of typing a number, the next
 * free serial of that code and year is allocated and written into the number field
 * (发文字号 or 统一编号, by the code's series). Runs before validation, so the
 * allocated number goes through the same checks as a typed one. A serial once given is
 * used up for good, so only a code of one of the document's own issuers, and only the
 * year of its 成文日期 (this year when none), may be drawn from.
 */
export const allocateNumber: CollectionBeforeValidateHook<Document> = async ({ data, originalDoc, req }) => {
  if (!data?.allocateFrom) return data
  const codeId = typeof data.allocateFrom === 'object' ? data.allocateFrom.id : data.allocateFrom
  const register = await req.payload.findByID({ collection: 'issuing-codes', id: codeId, depth: 0, overrideAccess: true, req })
  const series = register.series
  const target = series === 'unifiedNumber' ? 'unifiedNumber' : 'docNumberRaw'
  const current = data[target] ?? originalDoc?.[target]
  if (typeof current === 'string' && current.trim() !== '') {
    throw new ValidationError(
      {
        collection: 'documents',
        errors: [{ path: 'allocateFrom', label: label('取号', 'Allocate'), message: messages.numberAlreadySet }],
        req,
      },
      req.t,
    )
  }
  const code = register.code
  const refuse = (message: string): never => {
    throw new ValidationError(
      { collection: 'documents', errors: [{ path: 'allocateFrom', label: label('取号', 'Allocate'), message }], req },
      req.t,
    )
  }
  const issuers = (data.issuers ?? originalDoc?.issuers ?? []).map(relationId)
  if (issuers.length === 0) refuse(messages.allocateNeedsIssuer)
  const ownerId = relationId(register.organization) ?? ''
  if (!issuers.includes(ownerId)) {
    const owner = await req.payload.findByID({ collection: 'organizations', id: ownerId, depth: 0, overrideAccess: true, req })
    refuse(messages.allocateOtherOrganization(code, owner.name))
  }
  const expected = yearOf(data.writtenDate ?? originalDoc?.writtenDate)
  const year = Number(data.allocateYear) || expected
  if (year !== expected) refuse(messages.allocateYearMismatch(year, expected))
  if (year > yearOf(null)) refuse(messages.allocateFutureYear(year))
  const floor = await highestSerialInUse(req.payload, series, code, year)
  const key = series === 'unifiedNumber' ? unifiedNumberSeries(code, year) : docNumberSeries(code, year)
  const serial = await allocateSerial(req.payload, key, floor)
  const shape = unifiedNumberShapes()[0]
  const number = series === 'unifiedNumber' && shape ? formatUnifiedNumber(shape, { code, year, serial }) : `${code}〔${year}〕${serial}号`
  return { ...data, [target]: number, allocateFrom: null, allocateYear: null }
}

function yearOf(value: unknown): number {
  const timeZone = gazetteTimeZone()
  const day = typeof value === 'string' && value ? toCalendarDate(value, timeZone) : toCalendarDate(new Date(), timeZone)
  return Number(day.slice(0, 4))
}

async function highestSerialInUse(
  payload: Parameters<CollectionBeforeValidateHook>[0]['req']['payload'],
  series: Series,
  code: string,
  year: number,
): Promise<number> {
  const [codeField, yearField, serialField] =
    series === 'unifiedNumber'
      ? (['unifiedCode', 'unifiedYear', 'unifiedSerial'] as const)
      : (['docNumberCode', 'docNumberYear', 'docNumberSerial'] as const)
  const found = await payload.find({
    collection: 'documents',
    where: { and: [{ [codeField]: { equals: code } }, { [yearField]: { equals: year } }] },
    sort: `-${serialField}`,
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return Number(found.docs[0]?.[serialField] ?? 0)
}
