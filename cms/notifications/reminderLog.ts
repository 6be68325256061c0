/**
 * What expiry reminders were sent, so that none is sent twice. Kept in Payload's own
 * key-value store (the payload-kv collection every Payload database already has), one
 * entry per document: no table or column of ours is needed for it, and the review record
 * stays a record of review steps only.
 */
import type { Payload } from 'payload'

import type { ReminderRecord } from '../../core/notifications/expiryReminders'

export type SentReminder = ReminderRecord & { sentAt: string }

const key = (collection: string, id: number | string) => `expiry-reminder:${collection}:${id}`

export async function sentReminder(payload: Payload, collection: string, id: number | string): Promise<SentReminder | null> {
  return payload.kv.get<SentReminder>(key(collection, id))
}

export async function recordReminder(
  payload: Payload,
  collection: string,
  id: number | string,
  record: ReminderRecord,
  now: Date,
): Promise<void> {
  await payload.kv.set(key(collection, id), { ...record, sentAt: now.toISOString() } satisfies SentReminder)
}
