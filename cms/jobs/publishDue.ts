/**
 * Scheduled publication: approved items whose 定时发布 time has come are published, and
 * the publication is recorded. Only approved items are ever picked, so the review
 * still stands between an editor and the public.
 */
import type { Payload } from 'payload'

const collections = ['documents', 'interpretations'] as const

export async function publishDueItems(payload: Payload, now: Date): Promise<string[]> {
  const published: string[] = []
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      draft: true,
      where: { and: [{ reviewState: { equals: 'approved' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs) {
      await payload.update({ collection, id: doc.id, data: { _status: 'published', publishAt: null }, overrideAccess: true })
      await payload.create({
        collection: 'review-events',
        data: {
          item: { relationTo: collection, value: doc.id },
          action: 'publish',
          fromState: 'approved',
          toState: 'published',
          reason: `定时发布（${new Date(String(doc.publishAt)).toISOString()}）`,
          disclosure: doc.disclosure ?? null,
        },
        overrideAccess: true,
      })
      published.push(`${collection}:${doc.id}`)
    }
  }
  return published
}
