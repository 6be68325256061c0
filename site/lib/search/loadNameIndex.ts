import { issuerNames } from '../labels'
import { validityStatusLabels } from '../../../core/documents/validity'
import { loadManifest } from '../snapshot'
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

let built: Promise<BuiltNameIndex> | undefined

/** The name index of this build, computed once and shared by the search page and the shard files. */
export function loadNameIndex(): Promise<BuiltNameIndex> {
  built ??= loadManifest().then(({ documents }) => {
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
  })
  return built
}
