import type { APIRoute, GetStaticPaths } from 'astro'

import { nameShardPages, type NameShardProps } from '../../../lib/itemPages/nameShardPages'
import { pathsToRender } from '../../../lib/itemPages/pathsToRender'

/** One shard of the name index (see lib/search/nameIndex.ts); empty shards are written too, so no lookup meets a 404. */
export const getStaticPaths = (() => pathsToRender(nameShardPages)) satisfies GetStaticPaths

export const GET: APIRoute<NameShardProps> = ({ props }) =>
  new Response(JSON.stringify({ entries: props.entries }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })
