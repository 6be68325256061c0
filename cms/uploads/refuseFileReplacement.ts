import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * A stored file never changes: a published attachment or cover must be exactly the
 * bytes a reviewer approved, so a new file is a new upload, chosen in the item and
 * reviewed again. Refused in beforeOperation because Payload deletes the stored file
 * before any later hook runs. Only the alt text of an upload may be edited: it is
 * never published (figures carry their own reviewed alt text).
 */
const editable = new Set(['alt', 'updatedAt', 'createdAt', 'id'])

export const refuseFileReplacement: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  const refuse = (): never => {
    throw new APIError(
      '已上传的文件不能替换或裁剪：请上传新文件，在文件或解读的附件中选用它，再重新提交审核。',
      400,
      [{ path: 'file', message: '已上传的文件不能替换。' }],
      true,
    )
  }
  const query = req.query as Record<string, unknown> | undefined
  if (req.file || query?.uploadEdits) refuse()
  const data = (args.data ?? {}) as Record<string, unknown>
  const changed = Object.keys(data).filter((key) => !editable.has(key))
  if (changed.length === 0) return args
  // The admin sends the whole form back: unchanged file fields are fine.
  const id = 'id' in args ? (args.id as number | string | undefined) : undefined
  if (id === undefined) refuse()
  const stored = (await req.payload.findByID({
    collection: 'media',
    id: id as number | string,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, unknown>
  if (changed.some((key) => JSON.stringify(data[key] ?? null) !== JSON.stringify(stored[key] ?? null))) refuse()
  return args
}
