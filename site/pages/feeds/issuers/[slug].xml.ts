import type { APIRoute, GetStaticPaths } from 'astro'

import { atomFeed, atomResponse } from '../../../lib/feeds/atom'
import { issuerFeed, issuingOrganizations } from '../../../lib/feeds/feeds'
import { loadManifest } from '../../../lib/snapshot'

export const getStaticPaths = (async () =>
  issuingOrganizations(await loadManifest()).map((organization) => ({
    params: { slug: organization.slug },
    props: { organization },
  }))) satisfies GetStaticPaths

/** /feeds/issuers/<slug>.xml: the newest documents one organisation issued, as Atom. */
export const GET: APIRoute = async ({ props, site }) => {
  const manifest = await loadManifest()
  const { organization } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props']
  return atomResponse(atomFeed(issuerFeed(manifest, organization), manifest, site))
}
