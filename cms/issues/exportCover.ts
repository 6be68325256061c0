/**
 * An issue's cover as the public gets it: re-encoded by sharp as a WebP page image and a
 * thumbnail, never the uploaded file itself (an uploaded SVG could carry script).
 * Encoding is the slow part of exporting issues, so each image is stamped with its
 * source's modification time, and an incremental export links the previous snapshot's
 * images when their source still has that time.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { uploadPath } from './uploadPath'
import type { SnapshotFiles } from '../snapshot/exportFiles'
import { type GazetteIssue, snapshotPaths } from '../../core/snapshot/schema'

const thumbnailWidth = 360
const pageWidth = 1240

export async function exportCover(
  payload: Payload,
  folders: { staging: string; previous: string | null; counts: SnapshotFiles['counts'] },
  owner: string,
  ref: unknown,
): Promise<GazetteIssue['cover']> {
  const source = await uploadPath(payload, 'media', ref)
  if (!source) return null
  const sourceStat = fs.statSync(source)
  const write = async (name: string, width: number) => {
    const relative = snapshotPaths.file(owner, name)
    const target = path.join(folders.staging, relative)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const reused = folders.previous !== null && linkEncodedFrom(path.join(folders.previous, relative), sourceStat, target)
    const info = reused
      ? await sharp(target).metadata()
      : await sharp(source).resize({ width, withoutEnlargement: true }).webp({ quality: 80 }).toFile(target)
    if (!reused) fs.utimesSync(target, sourceStat.atime, sourceStat.mtime)
    return { url: `/${relative}`, width: info.width, height: info.height, reused }
  }
  try {
    const page = await write('cover.webp', pageWidth)
    const thumbnail = await write('cover-thumbnail.webp', thumbnailWidth)
    for (const image of [page, thumbnail]) folders.counts[image.reused ? 'linked' : 'written'] += 1
    return { url: page.url, thumbnailUrl: thumbnail.url, thumbnailWidth: thumbnail.width, thumbnailHeight: thumbnail.height }
  } catch {
    // Not an image sharp can read: the issue is published without a cover on the site.
    return null
  }
}

/** Links the previous image when it was encoded from a source with the same modification time. */
function linkEncodedFrom(previousFile: string, source: fs.Stats, target: string): boolean {
  const before = fs.statSync(previousFile, { throwIfNoEntry: false })
  // Times are set through floating-point seconds, so the image's may be off by a fraction of a millisecond.
  if (!before || Math.abs(before.mtimeMs - source.mtimeMs) >= 1) return false
  try {
    fs.linkSync(previousFile, target)
    return true
  } catch {
    return false
  }
}
