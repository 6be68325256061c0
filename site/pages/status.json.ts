import type { APIRoute } from 'astro'

import { loadManifest } from '../lib/snapshot'

/**
 * /status.json: the day the statuses on the site were computed for and the next day one
 * changes, so a scheduler knows when to rebuild (null: no status will change by itself).
 */
export const GET: APIRoute = async () => {
  const { statusAsOf, nextStatusChange } = await loadManifest()
  return new Response(JSON.stringify({ statusAsOf, nextStatusChange }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
