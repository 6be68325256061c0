import type { APIRoute } from 'astro'

import { atomResponse } from '../../lib/feeds/atom'
import { issuesFeed } from '../../lib/feeds/issueFeed'
import { loadManifest } from '../../lib/snapshot'

/** /feeds/issues.xml: the newest gazette issues, as Atom. */
export const GET: APIRoute = async ({ site }) => atomResponse(issuesFeed(await loadManifest(), site))
