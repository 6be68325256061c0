import type { CollectionBeforeChangeHook } from 'payload'

import { toCalendarDate } from '../../../core/calendar/calendarDate'
import { formatIndexNumber } from '../../../core/documents/indexNumber'
import type { Document } from '../../payload-types'
import { allocateSerial, indexNumberSeries } from '../../numbering/allocateSerial'
import { indexNumberPattern } from '../../numbering/config'
import { firstIssuer } from './firstIssuer'
import { gazetteTimeZone } from '../../../core/settings'

/**
 * 索引号 is assigned when a document is first published, from the site's pattern, the
 * first issuer's organisation code and the publication year, and never changes after.
 * An issuer without an organisation code gets none (the office registers the code).
 */
export const assignIndexNumber: CollectionBeforeChangeHook<Document> = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published' || originalDoc?.indexNumber || data.indexNumber) return data
  const org = await firstIssuer(data, originalDoc, req)
  if (!org) return data
  if (!org.orgCode) return data
  const timeZone = gazetteTimeZone()
  const published = data.publishedDate ?? originalDoc?.publishedDate ?? new Date().toISOString()
  const date = toCalendarDate(published, timeZone)
  const serial = await allocateSerial(req.payload, indexNumberSeries(org.orgCode, Number(date.slice(0, 4))))
  return { ...data, indexNumber: formatIndexNumber(indexNumberPattern(), { orgCode: org.orgCode, date, serial }) }
}
