/**
 * The entries an issue already holds, in print order, with what a re-import matches them
 * by: the item's latest title (a draft saved over it included) and whether it has been
 * published, which an import never overwrites.
 */
import type { Payload } from 'payload'

import { issueEntryRefs, type IssueItemCollection } from '../issues/issueEntryRefs'
import type { GazetteIssue } from '../payload-types'

export type HeldEntry = { collection: IssueItemCollection; id: number; title: string; published: boolean }

export async function heldEntries(payload: Payload, issue: GazetteIssue | null): Promise<HeldEntry[]> {
  const held: HeldEntry[] = []
  for (const ref of issueEntryRefs(issue?.sections)) {
    const latest = await payload.findByID({ collection: ref.collection, id: ref.id, depth: 0, draft: true }).catch(() => null)
    if (!latest) continue
    held.push({ collection: ref.collection, id: latest.id, title: String(latest.title), published: await isPublished(payload, ref) })
  }
  return held
}

/** Whether the item has a published version: the collection's own record says so, not a draft saved over it. */
export async function isPublished(payload: Payload, item: { collection: IssueItemCollection; id: number | string }): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: item.collection,
    where: { and: [{ id: { equals: item.id } }, { _status: { equals: 'published' } }] },
  })
  return totalDocs > 0
}
