/**
 * The fingerprint of what a reviewer approves: the item's content in canonical form,
 * the SHA-256 of every file it publishes (attachments, figures, video), and for a
 * document the relations it enacts (修改、废止、替代 entered from it). Stored at approval
 * and compared at publication and in the review record, so that the public gets the
 * very version a reviewer approved, files and relations included.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'

import { dataDir } from '../../core/paths'
import { canonicalContent } from './contentChanged'
import { relationId } from '../../core/snapshot/relationId'
import type { ReviewedCollection, ReviewedItem } from './reviewed'

/** Reads with the request's transaction when there is one (inside a save). */
type Reader = { payload: Payload; req?: PayloadRequest }

export async function contentFingerprint(reader: Reader, collection: ReviewedCollection, item: Partial<ReviewedItem>): Promise<string> {
  const content = canonicalContent(item)
  const files = await fileHashes(reader, mediaIdsOf(item))
  const relations = collection === 'documents' && item.id !== undefined ? await enactedRelations(reader, item.id) : []
  return sha256(JSON.stringify({ content, files, relations }))
}

/**
 * The fingerprint recorded with the item's latest approval (recordReviewEvent writes it
 * from the saved version), or null when none was recorded.
 */
export async function approvedFingerprint(
  { payload, req }: Reader,
  collection: ReviewedCollection,
  id: number | string,
): Promise<string | null> {
  const { docs } = await payload.find({
    collection: 'review-events',
    where: {
      and: [{ 'item.relationTo': { equals: collection } }, { 'item.value': { equals: id } }, { action: { equals: 'approve' } }],
    },
    sort: '-id',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.contentFingerprint ?? null
}

/** Every upload an item publishes. */
function mediaIdsOf(item: Partial<ReviewedItem>): Array<number | string> {
  const ids = [
    ...(item.attachments ?? []).map((row) => relationId(row.file)),
    ...('images' in item ? (item.images ?? []) : []).map((row) => relationId(row.image)),
    relationId('video' in item ? item.video : undefined),
  ]
  return [...new Set(ids.filter((id): id is string => id !== null))]
}

async function fileHashes({ payload, req }: Reader, ids: Array<number | string>): Promise<Array<[string, string]>> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const hashes = docs.map((doc): [string, string] => [String(doc.id), hashFile(doc.filename)])
  // A file that no longer exists has no bytes to approve.
  for (const id of ids) if (!docs.some((doc) => String(doc.id) === String(id))) hashes.push([String(id), 'missing'])
  return hashes.sort(([a], [b]) => a.localeCompare(b))
}

function hashFile(filename: string | null | undefined): string {
  if (!filename) return 'missing'
  const file = path.join(dataDir(), 'media', path.basename(filename))
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  } catch {
    return 'missing'
  }
}

async function enactedRelations({ payload, req }: Reader, id: number | string): Promise<unknown[]> {
  const { docs } = await payload.find({
    collection: 'document-relations',
    where: { from: { equals: id } },
    pagination: false,
    depth: 0,
    sort: 'id',
    overrideAccess: true,
    req,
  })
  return docs.map((relation) => [String(relation.id), relation.kind, relationId(relation.to), relation.date, Boolean(relation.retract)])
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
