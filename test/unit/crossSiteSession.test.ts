import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { dropForeignSession } from '../../cms/auth/crossSiteSession'
import { proxy } from '../../cms/proxy'

const session = 'payload-token=abc.def.ghi'

describe('dropForeignSession: the API answers other origins of the same site as the public', () => {
  it.each<[string, string, string | null, string | null]>([
    // [path, Sec-Fetch-Site, cookie in, cookie out]
    ['/api/payload-jobs/run', 'same-site', `${session}; payload-lng=zh`, 'payload-lng=zh'],
    ['/api/users/me', 'same-site', session, null],
    ['/api/users/me', 'cross-site', session, null],
    ['/api/users/me', 'same-origin', session, session],
    ['/api/users/me', 'none', session, session],
    ['/admin/collections/documents', 'same-site', session, session],
    ['/api/documents', 'same-site', 'payload-lng=zh', 'payload-lng=zh'],
  ])('%s from %s', (path, site, cookie, expected) => {
    const headers = new Headers({ 'sec-fetch-site': site, ...(cookie ? { cookie } : {}) })
    dropForeignSession(headers, path)
    expect(headers.get('cookie')).toBe(expected)
  })

  it('leaves clients that do not say where they come from to Payload’s Origin check', () => {
    const headers = new Headers({ cookie: session })
    expect(dropForeignSession(headers, '/api/users/me')).toBe(false)
    expect(headers.get('cookie')).toBe(session)
  })
})

describe('the proxy in front of the admin and the API', () => {
  const forwarded = (response: Response, name: string) => {
    const overridden = (response.headers.get('x-middleware-override-headers') ?? '').split(',')
    return overridden.includes(name) ? response.headers.get(`x-middleware-request-${name}`) : null
  }

  it('passes a same-site API request on without the session cookie', () => {
    const request = new NextRequest('http://127.0.0.1:3000/api/payload-jobs/run', {
      headers: { cookie: `${session}; payload-lng=zh`, 'sec-fetch-site': 'same-site' },
    })
    const response = proxy(request)
    expect(forwarded(response, 'cookie')).toBe('payload-lng=zh')
  })

  it('keeps the admin’s own requests whole, in Chinese unless a language was chosen', () => {
    const own = proxy(
      new NextRequest('http://127.0.0.1:3000/api/users/me', { headers: { cookie: session, 'sec-fetch-site': 'same-origin' } }),
    )
    expect(forwarded(own, 'cookie')).toBe(session)
    expect(forwarded(own, 'accept-language')).toBe('zh-CN,zh;q=0.9')
  })
})
