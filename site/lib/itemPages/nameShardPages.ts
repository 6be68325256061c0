/**
 * /search/names/<n>.json: one shard of the name index (lib/search/nameIndex.ts). Each is an
 * item page, its entries its props: the 2,048 shards of a 10,000-document gazette took 2.2 s
 * of every build to render, and an edit changes the entries of a few.
 */
import { nameShardPath } from '../../../core/addresses'
import { buildNameIndex } from '../search/buildNameIndex'
import type { NameEntry } from '../search/nameIndex'
import type { ItemRoute } from './itemPage'

export type NameShardProps = { entries: NameEntry[] }

export const nameShardPages: ItemRoute<{ shard: string }, NameShardProps> = async (snapshot) => {
  const { shards } = buildNameIndex((await snapshot.loadManifest()).documents)
  return shards.map((entries, shard) => ({
    url: nameShardPath(shard),
    params: { shard: String(shard) },
    props: async () => ({ entries }),
  }))
}
