/**
 * The name index of a set of public documents, split into its shards (nameIndex.ts). Pure:
 * the search page reads it from the build's manifest (loadNameIndex.ts), and the shards are
 * item pages of their own (itemPages/nameShardPages.ts), so an edit rewrites only the
 * shards whose entries it changed.
 */
import type { DocumentSummary } from '../../../core/snapshot/schema'
import { issuerNames } from '../labels'
import { validityStatusLabels } from '../../../core/documents/validity'
import { nameEntries, nameShardCount, nameShards, type NameEntry } from './nameIndex'
import { documentPath } from '../../../core/addresses'
import { formerTitles } from '../../../core/history/formerTitles'
import { summaryVersionIndex } from '../../../core/snapshot/publicHistory'

export interface BuiltNameIndex {
  shardCount: number
  shards: NameEntry[][]
}

// Statuses after which a newer document has taken over the name.
const SUPERSEDED = new Set(['repealed', 'expired'])

/** By the manifest's list: the search page and the shards' route read the same index in one build. */
const built = new WeakMap<readonly DocumentSummary[], BuiltNameIndex>()

export function buildNameIndex(documents: readonly DocumentSummary[]): BuiltNameIndex {
  let index = built.get(documents)
  if (!index) {
    index = indexOf(documents)
    built.set(documents, index)
  }
  return index
}

function indexOf(documents: readonly DocumentSummary[]): BuiltNameIndex {
  const entries = documents.flatMap((document) =>
    nameEntries({
      url: documentPath(document.id),
      title: document.title,
      number: document.docNumber,
      issuers: issuerNames(document.issuers),
      publishedDate: document.publishedDate,
      current: !SUPERSEDED.has(document.status),
      ...(SUPERSEDED.has(document.status) ? { status: validityStatusLabels[document.status] } : {}),
      aliases: document.aliases,
      formerTitles: formerTitles(summaryVersionIndex(document).versions),
      superseded: document.supersededTitles,
    }),
  )
  const shardCount = nameShardCount(entries.length)
  return { shardCount, shards: nameShards(entries, shardCount) }
}
