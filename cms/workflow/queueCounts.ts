/**
 * Each work queue a person sees, per collection: how many items it holds and the list
 * address that shows them. Counted the way the admin's list view reads (latest versions,
 * the person's own access), so that the number on the dashboard is the length of the
 * list its link opens.
 */
import type { Payload, TypedUser, Where } from 'payload'

import { queueListHref } from '../../core/workflow/queueLink'
import {
  type QueueCollection,
  type QueueContext,
  type QueueKey,
  type QueueWhere,
  queueCollections,
  queueLabels,
  queueWhere,
  visibleQueues,
} from '../../core/workflow/workQueues'

export type QueueEntry = { collection: QueueCollection; count: number; href: string; where: QueueWhere }
export type QueueSummary = { key: QueueKey; label: string; entries: QueueEntry[] }

/** How many items of the collection the queue holds, as the person's list view would show. */
export async function countQueue(payload: Payload, user: TypedUser, collection: QueueCollection, where: QueueWhere): Promise<number> {
  const { totalDocs } = await payload.find({
    collection,
    draft: true,
    where: where as unknown as Where,
    limit: 1,
    depth: 0,
    select: {},
    overrideAccess: false,
    user,
  })
  return totalDocs
}

/** The person's queues; with `only`, those of one collection (the quick links above its list). */
export async function summarizeQueues(
  payload: Payload,
  user: TypedUser,
  context: QueueContext,
  only?: QueueCollection,
): Promise<QueueSummary[]> {
  const adminRoute = payload.config.routes.admin
  const summaries: QueueSummary[] = []
  for (const key of visibleQueues(user.roles)) {
    const entries: QueueEntry[] = []
    for (const collection of queueCollections(key).filter((c) => !only || c === only)) {
      const where = queueWhere(key, collection, context)
      entries.push({
        collection,
        count: await countQueue(payload, user, collection, where),
        href: queueListHref(adminRoute, collection, where),
        where,
      })
    }
    if (entries.length > 0) summaries.push({ key, label: queueLabels[key], entries })
  }
  return summaries
}
