/**
 * The facts the work queues need beyond the person and the day (domain/workQueues.ts):
 * the reminder horizons, and which sent-back items return to this person, read from the
 * review record (who submitted each item last).
 */
import type { Payload, TypedUser } from 'payload'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { expiryWindowDays, parseReminderDays } from '../../core/notifications/expiryReminders'
import { itemsReturnedTo } from '../../core/workflow/returnedItems'
import type { QueueCollection, QueueContext } from '../../core/workflow/workQueues'
import { pipelineSettings } from '../../core/settings'
import { relationId } from '../../core/snapshot/relationId'

const reviewed: readonly QueueCollection[] = ['documents', 'interpretations']

export async function loadQueueContext(payload: Payload, user: TypedUser, now: Date = new Date()): Promise<QueueContext> {
  const { timeZone } = pipelineSettings()
  const returnedToUser: QueueContext['returnedToUser'] = {}
  for (const collection of reviewed) returnedToUser[collection] = await returnedTo(payload, user, collection)
  return {
    today: toCalendarDate(now, timeZone),
    timeZone,
    expiryWindowDays: expiryWindowDays(parseReminderDays(process.env.EXPIRY_REMINDER_DAYS)),
    returnedToUser,
  }
}

async function returnedTo(payload: Payload, user: TypedUser, collection: QueueCollection): Promise<Array<number | string>> {
  // The sent-back items this person may read, in their latest version (where the state lives).
  const { docs } = await payload.find({
    collection,
    draft: true,
    where: { reviewState: { equals: 'sent-back' } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: false,
    user,
  })
  if (docs.length === 0) return []
  const ids = docs.map((doc) => doc.id)
  // The review record is the office's bookkeeping: read in full, for these items only.
  const events = await payload.find({
    collection: 'review-events',
    where: { and: [{ 'item.relationTo': { equals: collection } }, { 'item.value': { in: ids } }, { action: { equals: 'submit' } }] },
    sort: ['createdAt', 'id'],
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const submissions = events.docs.map((event) => ({
    item: relationId(event.item.value) ?? '',
    user: relationId(event.user),
    createdAt: event.createdAt,
  }))
  return itemsReturnedTo(user.id, ids, submissions)
}
