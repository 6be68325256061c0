/** Where an upload (media or issue PDF) lives on disk, or null when it has no file there. */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

/** `req` when called inside a save, so that the read joins its transaction. */
export async function uploadPath(
  payload: Payload,
  collection: 'media' | 'issue-pdfs',
  ref: unknown,
  req?: PayloadRequest,
): Promise<string | null> {
  const id = ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : ref
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const upload = await payload.findByID({ collection, id, depth: 0, overrideAccess: true, ...(req ? { req } : {}) }).catch(() => null)
  const staticDir = payload.collections[collection].config.upload.staticDir
  const file = upload?.filename && staticDir ? path.join(staticDir, upload.filename) : null
  return file && fs.existsSync(file) ? file : null
}
