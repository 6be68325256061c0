/**
 * SameSite=Strict keeps other sites from sending the session cookie, but a page on the
 * same host under another port (the public gazette at :4321 beside the admin at :3000
 * under `npm start`), or on a sibling host (www. beside cms.), is the same *site*: its
 * links, images and scripts reach the API with the cookie attached. Payload checks the
 * Origin of such requests only when the browser sends one (writes do); a GET — say
 * GET /api/payload-jobs/run from an <img> — comes without. Browsers say where every request
 * comes from in Sec-Fetch-Site: an API request from anywhere but the admin's own pages
 * ('same-origin') or the address bar ('none') loses the session cookie here (cms/proxy.ts)
 * and is answered as the public's. Clients that send no Sec-Fetch-Site are left to
 * Payload's Origin check.
 */
const SESSION_COOKIE = 'payload-token'

/** Removes the session cookie from a cross-origin API request; says whether the headers changed. */
export function dropForeignSession(headers: Headers, pathname: string): boolean {
  if (!pathname.startsWith('/api/')) return false
  const site = headers.get('sec-fetch-site')
  if (site === null || site === 'same-origin' || site === 'none') return false
  const cookies = headers.get('cookie')
  if (!cookies) return false
  const kept = cookies
    .split(';')
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie && cookie.split('=', 1)[0]?.trim() !== SESSION_COOKIE)
  if (kept.length === cookies.split(';').filter((cookie) => cookie.trim()).length) return false
  if (kept.length) headers.set('cookie', kept.join('; '))
  else headers.delete('cookie')
  return true
}
