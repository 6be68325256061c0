/** Where an upload (media or issue PDF) lives on disk, or null when it has no file. */
import fs from 'node:fs'
import path from 'node:path'
import type { PayloadRequest } from 'payload'

export async function uploadPath(req: PayloadRequest, collection: 'media' | 'issue-pdfs', ref: unknown): Promise<string | null> {
  const id = ref && typeof ref === 'object' ? (ref as { id?: unknown }).id : ref
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const upload = await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, req }).catch(() => null)
  const staticDir = req.payload.collections[collection].config.upload.staticDir
  const file = upload?.filename && staticDir ? path.join(staticDir, upload.filename) : null
  return file && fs.existsSync(file) ? file : null
}
