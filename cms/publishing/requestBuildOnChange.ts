import type { CollectionAfterChangeHook } from 'payload'

import { crashPoint } from '../../core/crashPoint'
import type { Document, GazetteIssue, Interpretation } from '../payload-types'
import { itemKind } from './itemKind'
import { requestSiteBuild } from './requestSiteBuild'

/** What the public reads: documents and interpretations (reviewed), gazette issues. */
type PublicItem = Document | Interpretation | GazetteIssue

/**
 * Publishing, republishing or withdrawing anything public queues a site build
 * (drafts do not: the public cannot see them). Off when AUTO_BUILD=off.
 */
export const requestBuildOnChange: CollectionAfterChangeHook<PublicItem> = async ({ doc, previousDoc, req, collection }) => {
  if (process.env.AUTO_BUILD === 'off') return doc
  const published = doc._status === 'published'
  const unpublished =
    previousDoc?._status === 'published' && doc._status !== 'published' && 'reviewState' in doc && doc.reviewState === 'withdrawn'
  if (published || unpublished) {
    // Killed here, the item is saved whole and no build is queued: a restart builds (scripts/start.ts).
    crashPoint('publication:saved')
    await requestSiteBuild(req.payload, `${published ? '发布' : '撤回'}${itemKind(collection)}：${String(doc.title ?? '')}`)
  }
  return doc
}
