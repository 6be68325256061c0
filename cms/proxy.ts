/**
 * Runs before the admin and the API:
 * - the gazette office works in Chinese: unless a user has chosen a language in the
 *   admin (Payload's `payload-lng` cookie), requests are treated as Chinese whatever the
 *   browser's Accept-Language says; English stays one click away in the account;
 * - API requests a browser sends from another origin of the same site (the public
 *   gazette's pages) lose the session cookie (auth/crossSiteSession.ts).
 */
import { type NextRequest, NextResponse } from 'next/server'

import { dropForeignSession } from './auth/crossSiteSession'

export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers)
  let changed = dropForeignSession(headers, request.nextUrl.pathname)
  if (!request.cookies.has('payload-lng')) {
    headers.set('accept-language', 'zh-CN,zh;q=0.9')
    changed = true
  }
  return changed ? NextResponse.next({ request: { headers } }) : NextResponse.next()
}

export const config = {
  matcher: ['/admin/:path*', '/api/:path*'],
}
