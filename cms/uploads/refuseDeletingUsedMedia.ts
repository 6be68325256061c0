import { APIError, type CollectionBeforeDeleteHook, type PayloadRequest, type Where } from 'payload'

/**
 * A file that any item or issue uses — in its published version, its latest draft or
 * an earlier version that may be restored — stays: deleting it would change what the
 * public reads, or what a reviewer approved, without review.
 */
const users: Array<{ collection: 'documents' | 'interpretations' | 'gazette-issues'; paths: string[] }> = [
  { collection: 'documents', paths: ['attachments.file'] },
  { collection: 'interpretations', paths: ['attachments.file', 'images.image', 'video'] },
  { collection: 'gazette-issues', paths: ['cover'] },
]

export const refuseDeletingUsedMedia: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const { collection, paths } of users) {
    if (await used(req, collection, paths, id)) {
      throw new APIError('该文件正被文件、解读或公报期刊使用（含历史版本），不能删除。', 400, null, true)
    }
  }
}

async function used(req: PayloadRequest, collection: (typeof users)[number]['collection'], paths: string[], id: number | string) {
  const main: Where = { or: paths.map((path) => ({ [path]: { equals: id } })) }
  const inMain = await req.payload.count({ collection, where: main, overrideAccess: true, req })
  if (inMain.totalDocs > 0) return true
  const versions: Where = { or: paths.map((path) => ({ [`version.${path}`]: { equals: id } })) }
  const inVersions = await req.payload.findVersions({ collection, where: versions, limit: 1, depth: 0, overrideAccess: true, req })
  return inVersions.totalDocs > 0
}
