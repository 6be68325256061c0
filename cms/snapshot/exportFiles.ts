import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { acceptedTypesText, judgeUpload } from '../../core/uploads/uploadTypes'
import { sniffUpload } from '../uploads/sniffUpload'
import { inChunks } from '../../core/snapshot/inChunks'
import { relationId } from '../../core/snapshot/relationId'
import { type PublicAttachment, snapshotPaths } from '../../core/snapshot/schema'

type UploadCollection = 'media' | 'issue-pdfs'

type UploadRow = {
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
}

export type CopiedFile = {
  url: string
  filename: string
  mimeType: string | null
  bytes: number | null
  width: number | null
  height: number | null
}

/**
 * The uploads of one export. Media are readable by staff only, so their rows are read
 * with overrideAccess: callers pass only uploads of items that passed the public filter.
 */
export type SnapshotFiles = {
  /** Reads the rows of these uploads in one query, so that copying them reads none one by one. */
  preload: (refs: unknown[], collection?: UploadCollection) => Promise<void>
  /** Copies one upload into the snapshot under files/<owner>/ and says where it went. */
  copy: (owner: string, ref: unknown, collection?: UploadCollection) => Promise<CopiedFile | null>
  /** Files written (copied, or encoded as covers), and files hard-linked from the previous snapshot because their source did not change. */
  counts: { written: number; linked: number }
}

export function snapshotFiles(
  payload: Payload,
  staging: string,
  previous: string | null,
  /** The title of the item whose files go under files/<owner>/, for a refusal's message. */
  ownerTitle: (owner: string) => string | undefined = () => undefined,
): SnapshotFiles {
  const rows: Record<UploadCollection, Map<string, UploadRow | null>> = { media: new Map(), 'issue-pdfs': new Map() }
  const counts = { written: 0, linked: 0 }

  const preload = async (refs: unknown[], collection: UploadCollection = 'media') => {
    const ids = [...new Set(refs.map(relationId).filter((id): id is string => id !== null && !rows[collection].has(id)))]
    for (const chunk of inChunks(ids)) {
      const { docs } = await payload.find({
        collection,
        where: { id: { in: chunk } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      for (const id of chunk) rows[collection].set(id, null)
      for (const doc of docs) rows[collection].set(String(doc.id), doc)
    }
  }

  const copy = async (owner: string, ref: unknown, collection: UploadCollection = 'media') => {
    const id = relationId(ref)
    if (id === null) return null
    if (!rows[collection].has(id)) await preload([id], collection)
    const media = rows[collection].get(id)
    const staticDir = payload.collections[collection].config.upload.staticDir
    if (!media?.filename || !staticDir) return null
    const source = path.join(staticDir, media.filename)
    const sourceStat = fs.statSync(source, { throwIfNoEntry: false })
    if (!sourceStat) return null
    const filename = path.basename(media.filename)
    // Defence in depth: a file stored before the upload rule, or written around the CMS,
    // is checked again by name and content before the public site can serve it.
    const verdict = judgeUpload(filename, await sniffUpload({ path: source }))
    if (!verdict.ok) throw new Error(refusedMessage(ownerTitle(owner), owner, filename, verdict.problem))
    const relative = snapshotPaths.file(owner, filename)
    const target = path.join(staging, relative)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    if (previous && linkUnchanged(path.join(previous, relative), sourceStat, target)) counts.linked += 1
    else {
      fs.copyFileSync(source, target)
      // The copy keeps the upload's time, so that the next export can tell it is unchanged.
      fs.utimesSync(target, sourceStat.atime, sourceStat.mtime)
      counts.written += 1
    }
    return {
      url: `/${snapshotPaths.file(owner, encodeURIComponent(filename))}`,
      filename,
      // The rule's type for the file, never the type a client once claimed for it.
      mimeType: verdict.mimeType,
      bytes: media.filesize ?? null,
      width: media.width ?? null,
      height: media.height ?? null,
    }
  }

  return { preload, copy, counts }
}

/** The attachments (附件) of a public item, copied into the snapshot. */
export async function exportAttachments(
  files: SnapshotFiles,
  owner: string,
  rows: Array<{ title?: string | null; file?: unknown }>,
): Promise<PublicAttachment[]> {
  const attachments: PublicAttachment[] = []
  for (const row of rows) {
    const copied = await files.copy(owner, row.file)
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

function refusedMessage(title: string | undefined, owner: string, filename: string, problem: string): string {
  const item = title ? `《${title}》（files/${owner}/）` : `files/${owner}/`
  return `导出中止：${item}的文件“${filename}”不能发布到公报网站：${problem}。可发布的类型：${acceptedTypesText}。请在 CMS 中换用允许类型的文件后重新发布。`
}

/**
 * The previous snapshot's copy is the same file when it has the upload's size and
 * modification time (as rsync judges): link it instead of copying the bytes again.
 */
function linkUnchanged(previousFile: string, source: fs.Stats, target: string): boolean {
  const before = fs.statSync(previousFile, { throwIfNoEntry: false })
  // Times are set through floating-point seconds, so the copy's may be off by a fraction of a millisecond.
  if (!before || before.size !== source.size || Math.abs(before.mtimeMs - source.mtimeMs) >= 1) return false
  try {
    fs.linkSync(previousFile, target)
    return true
  } catch {
    // Another file system, or links not allowed: copy instead.
    return false
  }
}
