import type { APIRoute, GetStaticPaths } from 'astro'

import { loadNameIndex } from '../../../lib/search/loadNameIndex'
import type { NameEntry } from '../../../lib/search/nameIndex'

/** One shard of the name index (see lib/search/nameIndex.ts); empty shards are written too, so no lookup meets a 404. */
export const getStaticPaths = (async () => {
  const { shards } = await loadNameIndex()
  return shards.map((entries, shard) => ({ params: { shard: String(shard) }, props: { entries } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ entries: NameEntry[] }> = ({ props }) =>
  new Response(JSON.stringify({ entries: props.entries }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
