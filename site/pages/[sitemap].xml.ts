import type { APIRoute, GetStaticPaths } from 'astro'

import { sitemapPaths, sitemapXml } from '../lib/feeds/sitemap'
import { loadManifest } from '../lib/snapshot'

/**
 * /sitemap.xml, only when SITE_URL is set: a sitemap lists absolute URLs, and without the
 * site's origin there are none to give, so no sitemap is built at all.
 */
export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('sitemap.xml needs SITE_URL')
  return new Response(sitemapXml(await sitemapPaths(await loadManifest()), site), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
