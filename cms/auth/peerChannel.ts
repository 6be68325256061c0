/**
 * Stamps every HTTP request this process serves with the client address its socket saw
 * (or, with TRUST_PROXY, the one the trusted proxies report), before Next or anything else
 * reads it: Node publishes each incoming request on the `http.server.request.start`
 * diagnostics channel just before the server's request listener runs. Registered once,
 * from cms/instrumentation.ts, in the process that serves the admin.
 */
import diagnosticsChannel from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'

import { trustedProxies } from './authSettings'
import { clientAddress } from './clientAddress'
import { PEER_HEADER, stampPeer } from './peerHeader'

const registered = Symbol.for('gongbao.peerChannel')
type WithFlag = typeof globalThis & { [registered]?: boolean }

export function stampPeerAddresses(): void {
  const store = globalThis as WithFlag
  if (store[registered]) return
  store[registered] = true
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers[PEER_HEADER] = stampPeer(
      clientAddress({
        socketAddress: socket.remoteAddress,
        forwardedFor: request.headers['x-forwarded-for'],
        trustedProxies: trustedProxies(),
      }),
    )
  })
}
