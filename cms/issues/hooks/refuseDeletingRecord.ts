import { APIError, type CollectionBeforeDeleteHook } from 'payload'

import { storedIssue } from '../storedIssue'

/**
 * An issue that was ever published is part of the record, and deleting an issue with
 * later ones would leave a gap in the numbering: only the newest never-published issue
 * may be deleted.
 */
export const refuseDeletingRecord: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const issue = await storedIssue(req, id)
  if (!issue) return
  if (issue._status === 'published' || issue.publishedState) throw new APIError('已出版的公报不能删除。', 400, null, true)
  const later = await req.payload.count({
    collection: 'gazette-issues',
    where: { totalNumber: { greater_than: issue.totalNumber } },
    overrideAccess: true,
    req,
  })
  if (later.totalDocs > 0) throw new APIError('只能删除最新一期的草稿：删除中间的一期会使期号不连续。', 400, null, true)
}
