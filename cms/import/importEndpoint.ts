/**
 * POST /api/documents/import: editors upload files (.txt, .html, .docx) or .zip archives
 * of them, and each file becomes a draft on its own. The answer is a stream of JSON
 * lines (batchResult.ts: start, one line per file as it is done, end), so that the
 * admin shows progress and a long archive keeps the connection busy instead of idle.
 * A request refused as a whole (not allowed, no file, too large) gets a JSON error.
 */
import type { Endpoint } from 'payload'

import { mayCreate } from '../access/mayCreate'
import { type BatchEvent, summarize } from './batchResult'
import { batchFromUploads } from './batchItems'
import { importBatch } from './importBatch'
import { importLimits } from './importLimits'
import { importMessages } from './importMessages'
import { readUploads, type Upload, UploadRefusedError } from './readUpload'

export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    // The import writes drafts and their source files through the local API.
    if (!(await mayCreate(req, ['documents', 'media']))) return refuse(importMessages.forbidden, 403)
    const limits = importLimits()
    let uploads: Upload[]
    try {
      uploads = await readUploads(req, limits)
    } catch (error) {
      if (error instanceof UploadRefusedError) return refuse(error.message, error.status)
      throw error
    }
    const batch = await batchFromUploads(uploads, limits)
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (event: BatchEvent) => {
          try {
            controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`))
          } catch {
            // The editor left the page: the files still get imported, and the list shows them.
          }
        }
        send({ type: 'start', files: batch.items.length })
        void importBatch(req.payload, batch.items, (result) => send({ type: 'file', result }))
          .then((results) => send({ type: 'end', summary: summarize(results) }))
          .catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'batch import failed' }))
          .finally(() => {
            batch.close()
            try {
              controller.close()
            } catch {
              // Already closed by the reader going away.
            }
          })
      },
    })
    return new Response(body, { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' } })
  },
}

function refuse(message: string, status: number): Response {
  return Response.json({ errors: [{ message }] }, { status })
}
