import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { type PublicAttachment, snapshotPaths } from './schema'

type Related = { id: number | string; [key: string]: unknown }

export type CopiedFile = {
  url: string
  filename: string
  mimeType: string | null
  bytes: number | null
  width: number | null
  height: number | null
}

/**
 * Copies one upload into the snapshot under files/<owner>/ and says where it went.
 * Media are readable by staff only, so it is read with overrideAccess: callers pass
 * only uploads of items that passed the public filter.
 */
export async function copyMedia(
  payload: Payload,
  staging: string,
  owner: string,
  ref: unknown,
  collection: 'media' | 'issue-pdfs' = 'media',
): Promise<CopiedFile | null> {
  const mediaId = typeof ref === 'object' && ref ? (ref as Related).id : ref
  if (mediaId === undefined || mediaId === null) return null
  const media = await payload.findByID({ collection, id: mediaId as number | string, depth: 0, overrideAccess: true }).catch(() => null)
  const staticDir = payload.collections[collection].config.upload.staticDir
  if (!media?.filename || !staticDir) return null
  const source = path.join(staticDir, media.filename)
  if (!fs.existsSync(source)) return null
  const filename = path.basename(media.filename)
  const target = path.join(staging, snapshotPaths.file(owner, filename))
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.copyFileSync(source, target)
  return {
    url: `/${snapshotPaths.file(owner, encodeURIComponent(filename))}`,
    filename,
    mimeType: media.mimeType ?? null,
    bytes: media.filesize ?? null,
    width: 'width' in media ? (media.width ?? null) : null,
    height: 'height' in media ? (media.height ?? null) : null,
  }
}

/** The attachments (附件) of a public item, copied into the snapshot. */
export async function exportAttachments(
  payload: Payload,
  staging: string,
  owner: string,
  rows: Array<{ title?: string | null; file?: unknown }>,
): Promise<PublicAttachment[]> {
  const attachments: PublicAttachment[] = []
  for (const row of rows) {
    const copied = await copyMedia(payload, staging, owner, row.file)
    if (!copied) continue
    attachments.push({
      title: row.title || copied.filename,
      url: copied.url,
      filename: copied.filename,
      mimeType: copied.mimeType,
      bytes: copied.bytes,
    })
  }
  return attachments
}
