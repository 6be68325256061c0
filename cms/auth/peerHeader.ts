/**
 * How the client address reaches Payload's handlers. Next's route handlers get a Web
 * Request without the socket, and `next start` passes a client's own X-Forwarded-For
 * through untouched (it only fills the header in when absent), so the HTTP server stamps
 * the address it saw (peerChannel.ts) into a header of its own, signed with a secret that
 * lives only in this process: a client sending that header itself — for instance while
 * the server is still starting, before the stamp is in place — is not believed.
 */
import crypto from 'node:crypto'

export const PEER_HEADER = 'x-gongbao-peer'

/** Requests without a valid stamp (scripts, tests, the first requests of a starting server) share this key. */
export const UNKNOWN_PEER = 'unknown'

const secretKey = Symbol.for('gongbao.peerSecret')
type WithSecret = typeof globalThis & { [secretKey]?: string }

/** One per process, shared by every bundle Next loads the CMS code into. */
function processSecret(): string {
  const store = globalThis as WithSecret
  store[secretKey] ??= crypto.randomBytes(24).toString('base64url')
  return store[secretKey]
}

export function stampPeer(address: string): string {
  return `${processSecret()} ${address}`
}

/** The stamped address, or UNKNOWN_PEER when the header is missing or was not written by this process. */
export function peerAddress(headers: Headers): string {
  const value = headers.get(PEER_HEADER)
  if (!value) return UNKNOWN_PEER
  const space = value.indexOf(' ')
  const given = Buffer.from(space < 0 ? value : value.slice(0, space))
  const secret = Buffer.from(processSecret())
  if (given.length !== secret.length || !crypto.timingSafeEqual(given, secret)) return UNKNOWN_PEER
  return value.slice(space + 1).trim() || UNKNOWN_PEER
}
