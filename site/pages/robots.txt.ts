import type { APIRoute } from 'astro'
import { SITEMAP_PATH } from '../../core/addresses'

/** /robots.txt: everything may be crawled; the sitemap exists only when the site's origin is known. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /', ...(site ? ['', `Sitemap: ${new URL(SITEMAP_PATH, site).href}`] : []), '']
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
