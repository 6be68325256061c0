/**
 * getStaticPaths of an item route: its pages from the build's snapshot, only those this
 * build renders (an incremental build keeps the others from the previous build), each
 * with the props its fingerprint was computed from.
 */
import { rendersPage } from '../renderPlan'
import { snapshot } from '../snapshot'
import type { ItemRoute } from './itemPage'
import { itemRoutes } from './itemRoutes'

export async function pathsToRender<Params extends Record<string, string>, Props extends Record<string, unknown>>(
  route: ItemRoute<Params, Props>,
): Promise<Array<{ params: Params; props: Props }>> {
  // A route left out of the list would be filtered by a plan that never fingerprinted it.
  if (!(itemRoutes as readonly unknown[]).includes(route))
    throw new Error('An item route must be listed in site/lib/itemPages/itemRoutes.ts.')
  const pages = (await route(snapshot)).filter((page) => rendersPage(page.url))
  return Promise.all(pages.map(async (page) => ({ params: page.params, props: await page.props() })))
}
