import type { APIRoute, GetStaticPaths } from 'astro'

import { groupBy, isOrder, serialOrder, type OrderEntry } from '../../../../lib/numbers/groups'
import { lookupFileResponse } from '../../../../lib/numbers/lookupFile'
import { loadNumberEntries } from '../../../../lib/numbers/register'

export const getStaticPaths = (async () => {
  const entries = (await loadNumberEntries()).filter(isOrder)
  return [...groupBy(entries, (entry) => entry.parts.issuer)].map(([issuer, group]) => ({
    params: { issuer },
    props: { entries: group.sort(serialOrder) },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ entries: OrderEntry[] }> = ({ props }) => lookupFileResponse(props.entries)
