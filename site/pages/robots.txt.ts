import type { APIRoute } from 'astro'

/** /robots.txt: everything may be crawled; the sitemap exists only when the site's origin is known. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /', ...(site ? ['', `Sitemap: ${new URL('/sitemap.xml', site).href}`] : []), '']
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
