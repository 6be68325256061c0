import type { APIRoute, GetStaticPaths } from 'astro'

import { atomFeed, atomResponse } from '../../../lib/feeds/atom'
import { kindFeed, publishedKinds } from '../../../lib/feeds/feeds'
import { loadManifest } from '../../../lib/snapshot'

export const getStaticPaths = (async () =>
  publishedKinds(await loadManifest()).map((kind) => ({ params: { kind: kind.value }, props: { kind } }))) satisfies GetStaticPaths

/** /feeds/kinds/<kind>.xml: the newest documents of one kind, as Atom. */
export const GET: APIRoute = async ({ props, site }) => {
  const manifest = await loadManifest()
  return atomResponse(atomFeed(kindFeed(manifest, props.kind), manifest, site))
}
