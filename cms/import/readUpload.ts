/**
 * The files of an import request (multipart/form-data, one or more fields named `file`),
 * read with a ceiling: the body is counted as it arrives and given up past the largest
 * upload allowed (IMPORT_MAX_BYTES, plus room for the form's own framing), so a huge
 * or endless upload costs no more memory than an allowed one. Payload's own upload
 * parser is not used: its limits are the media library's, its refusals in English.
 */
import type { PayloadRequest } from 'payload'

import type { ImportLimits } from './importLimits'
import { importMessages } from './importMessages'

/** Boundaries and part headers around the files of one request. */
const FORM_FRAMING_BYTES = 64 * 1024

export class UploadRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

export type Upload = { name: string; bytes: Buffer }

export async function readUploads(req: PayloadRequest, limits: ImportLimits): Promise<Upload[]> {
  return (await readUploadForm(req, limits)).files
}

/** The files of the request and its text fields (e.g. the choices of 导入新版本). */
export async function readUploadForm(req: PayloadRequest, limits: ImportLimits): Promise<{ files: Upload[]; fields: Map<string, string> }> {
  const type = req.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(type)) throw new UploadRefusedError(importMessages.notMultipart, 400)
  const ceiling = limits.maxBytes + FORM_FRAMING_BYTES
  if (Number(req.headers.get('content-length')) > ceiling) throw new UploadRefusedError(importMessages.uploadTooLarge(limits.maxBytes), 413)
  if (!req.body) throw new UploadRefusedError(importMessages.noFile, 400)
  let received = 0
  const counted = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength
        if (received > ceiling) controller.error(new UploadRefusedError(importMessages.uploadTooLarge(limits.maxBytes), 413))
        else controller.enqueue(chunk)
      },
    }),
  )
  let form: FormData
  try {
    form = await new Response(counted, { headers: { 'Content-Type': type } }).formData()
  } catch {
    // Cut off at the ceiling, or a form that ends too soon (a proxy's own size limit cuts bodies short too).
    if (received > ceiling) throw new UploadRefusedError(importMessages.uploadTooLarge(limits.maxBytes), 413)
    throw new UploadRefusedError(importMessages.uploadIncomplete, 400)
  }
  const files = form.getAll('file').filter((value): value is File => typeof value !== 'string')
  if (files.length === 0) throw new UploadRefusedError(importMessages.noFile, 400)
  if (files.length > limits.maxFiles) throw new UploadRefusedError(importMessages.tooManySelected(files.length, limits.maxFiles), 400)
  const fields = new Map<string, string>()
  for (const [name, value] of form.entries()) if (typeof value === 'string') fields.set(name, value)
  return {
    files: await Promise.all(files.map(async (file) => ({ name: file.name, bytes: Buffer.from(await file.arrayBuffer()) }))),
    fields,
  }
}
