/**
 * The gazette office works in Chinese: unless a user has chosen a language in the
 * admin (Payload's `payload-lng` cookie), requests are treated as Chinese whatever
 * the browser's Accept-Language says. English stays one click away in the account.
 */
import { type NextRequest, NextResponse } from 'next/server'

export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'zh-CN,zh;q=0.9')
  return NextResponse.next({ request: { headers } })
}

export const config = {
  matcher: ['/admin/:path*', '/api/:path*'],
}
