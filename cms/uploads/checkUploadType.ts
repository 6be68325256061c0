import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { acceptedTypesText, judgeUpload, refusalMessage } from '../../core/uploads/uploadTypes'
import { sniffUpload } from './sniffUpload'

/**
 * Every new file, however it arrives (the admin, REST, GraphQL, the Local API with
 * `file` or `filePath`), passes the upload rule (core/uploads/uploadTypes.ts) before
 * Payload stores it: an extension on the list and content that agrees with it. Payload's
 * own `mimeTypes` option cannot say this — it lets an OFD through only as “any ZIP”
 * and never compares the content with the name. Runs in beforeOperation, where the
 * file is in `req.file` on every path, before anything is written. The file is then
 * stored with the list's type for its extension, not the type the client claimed.
 */
export const checkUploadType: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const file = req.file
  if (!file) {
    // A create without a file is either refused by Payload (the file is required) or
    // one whose file Payload fetches from data.url after this hook, where no hook sees
    // its bytes: not accepted. A duplicate copies a file already stored, checked then.
    const duplicating = 'duplicateFromID' in args && args.duplicateFromID !== undefined && args.duplicateFromID !== null
    if (operation === 'create' && !duplicating) refuse(`请上传文件本身：不接受从网址导入文件。可上传的类型：${acceptedTypesText}。`)
    return args
  }
  const sniffed = await sniffUpload(file.tempFilePath && !file.data?.length ? { path: file.tempFilePath } : { bytes: file.data })
  const verdict = judgeUpload(file.name, sniffed)
  if (!verdict.ok) refuse(refusalMessage(file.name, verdict.problem))
  else file.mimetype = verdict.mimeType
  return args
}

function refuse(message: string): never {
  throw new APIError(message, 400, [{ path: 'file', message }], true)
}
