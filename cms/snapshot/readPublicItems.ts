/**
 * Reads the public documents or interpretations for an export, with the public's rights
 * (overrideAccess: false, no user) and without populating relations (the export looks
 * organisations and uploads up itself, once each).
 *
 * Given the previous snapshot, an item whose stored row has not changed since (its file
 * there has the row's updatedAt, which Payload sets on every save of the row) keeps the
 * body converted then: only the other fields are read for it, and the changed items are
 * read in full. Anything else in an item's file is derived anew from those fields.
 */
import path from 'node:path'
import type { Payload, Where } from 'payload'

import type { Document, Interpretation } from '../payload-types'
import { inChunks } from '../../core/snapshot/inChunks'
import { previousUpdatedAt } from '../../core/snapshot/snapshotJson'

type Collection = 'documents' | 'interpretations'
type Row<C extends Collection> = C extends 'documents' ? Document : Interpretation

export type ReadItems<C extends Collection> = {
  collection: C
  /** Every field the export takes from a row, but the body. */
  fields: Record<string, true>
  sort: string
  /** The previous snapshot's file of an item, relative to the snapshot. */
  file: (publicId: string) => string
  previous: string | null
  /** Narrows the read (a staff preview reads one draft with its user's rights instead). */
  query?: { where?: Where; draft?: boolean; user?: NonNullable<Parameters<Payload['find']>[0]['user']> }
}

export type PublicItems<C extends Collection> = {
  /** The rows in the order asked for; those with a reused body have none. */
  rows: Array<Row<C>>
  /** By public id: the previous file of each unchanged item, whose body it keeps. */
  reused: Map<string, string>
}

export async function readPublicItems<C extends Collection>(payload: Payload, read: ReadItems<C>): Promise<PublicItems<C>> {
  const find = async (select: Record<string, true>, where?: Where) => {
    const query = read.query ?? {}
    const conditions = [where, query.where].filter((condition): condition is Where => condition !== undefined)
    const { docs } = await payload.find({
      collection: read.collection,
      overrideAccess: false,
      depth: 0,
      pagination: false,
      sort: read.sort,
      select,
      ...query,
      ...(conditions.length > 0 ? { where: { and: conditions } } : {}),
    })
    return docs as Array<Row<C>>
  }
  const withBody = { ...read.fields, body: true } as const
  if (!read.previous) return { rows: await find(withBody), reused: new Map() }

  const light = await find(read.fields)
  const reused = new Map<string, string>()
  const changed: Array<string | number> = []
  for (const row of light) {
    const file = path.join(read.previous, read.file(String(row.slug)))
    // A document with earlier versions is read in full: its version index compares its
    // current body with the text before it (issue 22).
    if (previousUpdatedAt(file) === row.updatedAt && !hasEarlierVersions(row)) reused.set(String(row.slug), file)
    else changed.push(row.id)
  }
  const fresh = new Map<string, Row<C>>()
  for (const chunk of inChunks(changed)) {
    for (const row of await find(withBody, { id: { in: chunk } })) fresh.set(String(row.id), row)
  }
  // A changed item that is no longer public by the time of the second read is left out.
  const rows = light.flatMap((row) => (reused.has(String(row.slug)) ? [row] : (fresh.get(String(row.id)) ?? [])))
  return { rows, reused }
}

function hasEarlierVersions(row: Document | Interpretation): boolean {
  return 'versions' in row && (row.versions?.length ?? 0) > 0
}
