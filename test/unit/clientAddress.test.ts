import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addressKey, clientAddress } from '../../cms/auth/clientAddress'
import { stampPeerAddresses } from '../../cms/auth/peerChannel'
import { PEER_HEADER, UNKNOWN_PEER, peerAddress, stampPeer } from '../../cms/auth/peerHeader'

describe('clientAddress: the address sign-in attempts are counted under', () => {
  it.each<[string, string | undefined, string | undefined, number, string]>([
    ['the socket, with no proxy', '203.0.113.5', undefined, 0, '203.0.113.5'],
    ['the socket, whatever X-Forwarded-For claims', '203.0.113.5', '198.51.100.1', 0, '203.0.113.5'],
    ['one trusted proxy: the entry it appended', '10.0.0.2', '198.51.100.1', 1, '198.51.100.1'],
    ['one trusted proxy: entries the client wrote are ignored', '10.0.0.2', '1.1.1.1, 2.2.2.2, 198.51.100.1', 1, '198.51.100.1'],
    ['two trusted proxies', '10.0.0.2', '6.6.6.6, 198.51.100.1, 10.0.0.9', 2, '198.51.100.1'],
    ['more trusted proxies than entries: the leftmost', '10.0.0.2', '198.51.100.1', 3, '198.51.100.1'],
    ['a trusted proxy that sent no header: the socket', '10.0.0.2', undefined, 1, '10.0.0.2'],
    ['no socket address', undefined, undefined, 0, 'unknown'],
  ])('%s', (_, socketAddress, forwardedFor, trustedProxies, expected) => {
    expect(clientAddress({ socketAddress, forwardedFor, trustedProxies })).toBe(expected)
  })

  it('reads repeated X-Forwarded-For headers as one list', () => {
    expect(clientAddress({ socketAddress: '10.0.0.2', forwardedFor: ['6.6.6.6', '198.51.100.1'], trustedProxies: 1 })).toBe('198.51.100.1')
  })

  it.each([
    ['203.0.113.5', '203.0.113.5'],
    ['::ffff:203.0.113.5', '203.0.113.5'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002::9', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['[2001:DB8:1:2::1]', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
    ['unknown', 'unknown'],
  ])('keys %s as %s', (address, key) => {
    expect(addressKey(address)).toBe(key)
  })
})

describe('the peer stamp', () => {
  it('is believed only with this process’s secret', () => {
    expect(peerAddress(new Headers({ [PEER_HEADER]: stampPeer('203.0.113.5') }))).toBe('203.0.113.5')
    expect(peerAddress(new Headers({ [PEER_HEADER]: 'forged 203.0.113.5' }))).toBe(UNKNOWN_PEER)
    expect(peerAddress(new Headers({ [PEER_HEADER]: '203.0.113.5' }))).toBe(UNKNOWN_PEER)
    expect(peerAddress(new Headers())).toBe(UNKNOWN_PEER)
  })

  describe('on a real HTTP server', () => {
    let server: http.Server
    let url: string
    beforeAll(async () => {
      stampPeerAddresses()
      server = http.createServer((request, response) => {
        const headers = new Headers()
        for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value)
        response.end(peerAddress(headers))
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    })
    afterAll(async () => {
      delete process.env.TRUST_PROXY
      await new Promise((resolve) => server.close(resolve))
    })

    it('is the socket’s address, whatever the client sends', async () => {
      delete process.env.TRUST_PROXY
      const response = await fetch(url, { headers: { 'X-Forwarded-For': '198.51.100.1', [PEER_HEADER]: 'forged 198.51.100.2' } })
      expect(await response.text()).toBe('127.0.0.1')
    })

    it('is the address a trusted proxy reports, with TRUST_PROXY=1', async () => {
      process.env.TRUST_PROXY = '1'
      const response = await fetch(url, { headers: { 'X-Forwarded-For': '6.6.6.6, 198.51.100.1' } })
      expect(await response.text()).toBe('198.51.100.1')
    })
  })
})
