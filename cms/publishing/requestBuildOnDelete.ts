import type { CollectionAfterDeleteHook } from 'payload'

import type { Document, GazetteIssue, Interpretation } from '../payload-types'
import { itemKind } from './itemKind'
import { requestSiteBuild } from './requestSiteBuild'

/** What the public reads: documents and interpretations (reviewed), gazette issues. */
type PublicItem = Document | Interpretation | GazetteIssue

/**
 * Deleting an item the public could read (or whose withdrawal notice it reads) queues a
 * site build, as withdrawing it does: otherwise its page, files and search entry stay
 * served until some other change is published. Off when AUTO_BUILD=off.
 */
export const requestBuildOnDelete: CollectionAfterDeleteHook<PublicItem> = async ({ doc, req, collection }) => {
  if (process.env.AUTO_BUILD === 'off') return doc
  if (doc?._status === 'published' || (doc && 'reviewState' in doc && doc.reviewState === 'withdrawn')) {
    await requestSiteBuild(req.payload, `删除${itemKind(collection)}：${String(doc.title ?? '')}`)
  }
  return doc
}
