/**
 * A page that stands for one item (a document or its withdrawal notice, an
 * interpretation, a number's address): its address, its route parameters and everything
 * it shows. The same function gives the route its paths (getStaticPaths) and the
 * incremental build its fingerprints, so a page cannot show something its fingerprint
 * does not cover (site/integrations/incremental/itemPages.ts).
 */
import type { SnapshotReader } from '../snapshotReader'

// Props are a record, as Astro's are: declare them with `type`, not `interface`.
export interface ItemPage<Params extends Record<string, string>, Props extends Record<string, unknown>> {
  /** The page's address, e.g. /documents/<id>/. */
  url: string
  params: Params
  /**
   * Everything the page shows beyond what every page shares (the site's code, the
   * gazette settings, the site's address: the global fingerprint), as plain data. Read on
   * demand: an incremental build reads only the props of the pages it renders.
   */
  props: () => Promise<Props>
}

/** Every page of one item route, read from a snapshot. */
export type ItemRoute<Params extends Record<string, string>, Props extends Record<string, unknown>> = (
  snapshot: SnapshotReader,
) => Promise<Array<ItemPage<Params, Props>>>
