import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/** A print PDF that an issue uses (published or draft) stays. */
export const refuseDeletingUsedPdf: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const used = await req.payload.count({ collection: 'gazette-issues', where: { printPdf: { equals: id } }, overrideAccess: true, req })
  if (used.totalDocs > 0) throw new APIError('该印刷版PDF正被公报期刊使用，不能删除。', 400, null, true)
}
