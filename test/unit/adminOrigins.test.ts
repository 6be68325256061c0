import { describe, expect, it } from 'vitest'

import { type AdminAddress, UnsafeAdminAddressError, adminOrigins, isLoopbackHost } from '../../cms/auth/adminOrigins'

describe('adminOrigins: whose session cookie the CMS accepts', () => {
  it.each<[string, AdminAddress, string[]]>([
    ['the defaults of npm start', {}, ['http://127.0.0.1:3000', 'http://localhost:3000']],
    ['another port', { port: '8080' }, ['http://127.0.0.1:8080', 'http://localhost:8080']],
    ['a numeric port', { port: 3100 }, ['http://127.0.0.1:3100', 'http://localhost:3100']],
    ['localhost', { host: 'localhost', port: '3000' }, ['http://localhost:3000', 'http://127.0.0.1:3000']],
    ['another loopback address', { host: '127.0.0.2' }, ['http://127.0.0.2:3000', 'http://localhost:3000', 'http://127.0.0.1:3000']],
    ['IPv6 loopback', { host: '::1' }, ['http://[::1]:3000', 'http://localhost:3000', 'http://127.0.0.1:3000']],
    ['bracketed IPv6 loopback', { host: '[::1]' }, ['http://[::1]:3000', 'http://localhost:3000', 'http://127.0.0.1:3000']],
    ['empty settings count as unset', { serverUrl: '', host: '', port: '' }, ['http://127.0.0.1:3000', 'http://localhost:3000']],
    ['SERVER_URL alone', { serverUrl: 'https://cms.example.gov.cn' }, ['https://cms.example.gov.cn']],
    ['SERVER_URL with a path and a slash', { serverUrl: 'https://cms.example.gov.cn/gongbao/' }, ['https://cms.example.gov.cn']],
    ['SERVER_URL with a port', { serverUrl: 'http://10.0.0.5:3000' }, ['http://10.0.0.5:3000']],
    ['SERVER_URL on a network address', { serverUrl: 'https://cms.example.gov.cn', host: '0.0.0.0' }, ['https://cms.example.gov.cn']],
  ])('%s', (_, address, expected) => {
    expect(adminOrigins(address)).toEqual(expected)
  })

  it.each(['0.0.0.0', '::', '[::]', '192.168.1.20', '10.0.0.5', 'gongbao.example.gov.cn', 'my-laptop', '::ffff:192.168.1.20'])(
    'refuses to serve on %s without SERVER_URL, in Chinese',
    (host) => {
      expect(() => adminOrigins({ host })).toThrow(UnsafeAdminAddressError)
      expect(() => adminOrigins({ host })).toThrow(/非本机地址.*必须设置 SERVER_URL/)
    },
  )

  it('refuses a SERVER_URL that is not an address', () => {
    expect(() => adminOrigins({ serverUrl: 'cms.example.gov.cn' })).toThrow(/SERVER_URL 不是有效的网址/)
  })

  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['128.0.0.1', false],
    ['localhost.example.com', false],
  ])('isLoopbackHost(%s) is %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})
