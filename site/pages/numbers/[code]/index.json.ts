import type { APIRoute, GetStaticPaths } from 'astro'

import { groupBy, isStandard, registerOrder, type StandardEntry } from '../../../lib/numbers/groups'
import { lookupFileResponse } from '../../../lib/numbers/lookupFile'
import { loadNumberEntries } from '../../../lib/numbers/register'

export const getStaticPaths = (async () => {
  const entries = (await loadNumberEntries()).filter(isStandard)
  return [...groupBy(entries, (entry) => entry.parts.code)].map(([code, group]) => ({
    params: { code },
    props: { entries: group.sort(registerOrder) },
  }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ entries: StandardEntry[] }> = ({ props }) => lookupFileResponse(props.entries)
