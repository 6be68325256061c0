/**
 * An item an earlier run of this import wrote but did not get into the issue (the run was
 * killed, or the issue's save refused, after the drafts were saved): found by what that
 * run wrote, and taken only when no other issue holds it. Importing again then updates it
 * instead of writing a second draft.
 */
import type { Payload, Where } from 'payload'

import type { IssueKey } from '../../core/issues/issueLabel'
import { entryKey, type IssueItemCollection } from '../issues/issueEntryRefs'

export async function earlierImport(
  payload: Payload,
  collection: IssueItemCollection,
  where: Where,
  /** Which issue holds each item, by entry key (cms/issues/otherIssues.ts). */
  holders: ReadonlyMap<string, IssueKey>,
): Promise<{ id: number } | null> {
  const { docs } = await payload.find({ collection, where, sort: 'createdAt', limit: 20, depth: 0, draft: true })
  return docs.find((doc) => !holders.has(entryKey({ collection, id: doc.id }))) ?? null
}
