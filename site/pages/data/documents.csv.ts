import type { APIRoute } from 'astro'

import { documentsCsv } from '../../lib/openData/files'
import { loadManifest } from '../../lib/snapshot'

/** /data/documents.csv: every public document, one row each (see /data/). */
export const GET: APIRoute = async ({ site }) => documentsCsv(await loadManifest(), site)
