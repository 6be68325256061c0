import type { APIRoute, GetStaticPaths } from 'astro'

import { catalogueIds, type CatalogueId } from '../../lib/catalogues/definitions'
import { catalogueJson } from '../../lib/catalogues/downloads'
import { loadManifest } from '../../lib/snapshot'

export const getStaticPaths = (() => catalogueIds.map((catalogue) => ({ params: { catalogue } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params, site }) => catalogueJson(await loadManifest(), params.catalogue as CatalogueId, site)
