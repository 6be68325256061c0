import type { APIRoute } from 'astro'

import { documentsJson } from '../../lib/openData/files'
import { loadManifest } from '../../lib/snapshot'

/** /data/documents.json: every public document, the same fields as the CSV (see /data/). */
export const GET: APIRoute = async ({ site }) => documentsJson(await loadManifest(), site)
