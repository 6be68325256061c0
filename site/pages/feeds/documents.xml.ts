import type { APIRoute } from 'astro'

import { atomFeed, atomResponse } from '../../lib/feeds/atom'
import { allFeed } from '../../lib/feeds/feeds'
import { loadManifest } from '../../lib/snapshot'

/** /feeds/documents.xml: the newest public documents, as Atom. */
export const GET: APIRoute = async ({ site }) => {
  const manifest = await loadManifest()
  return atomResponse(atomFeed(allFeed(manifest), manifest, site))
}
