/**
 * Which address a request came from, for limiting sign-in attempts per client. The
 * address the server's own socket saw is the only one a client cannot choose; an
 * X-Forwarded-For header is anyone's to write. Behind reverse proxies (TRUST_PROXY = how
 * many of them stand in front of the CMS, each appending the address it saw), the client
 * is the entry that many steps left of the socket's address; entries further left were
 * written by the client and are ignored.
 */
import net from 'node:net'

export type ClientAddressInput = {
  /** The TCP peer the server itself saw (socket.remoteAddress). */
  socketAddress: string | undefined
  /** The raw X-Forwarded-For header(s), comma-separated; used only with trusted proxies. */
  forwardedFor?: string | string[] | undefined
  /** TRUST_PROXY: how many reverse proxies in front of the CMS append to X-Forwarded-For. */
  trustedProxies: number
}

export function clientAddress({ socketAddress, forwardedFor, trustedProxies }: ClientAddressInput): string {
  const socket = socketAddress?.trim() || 'unknown'
  if (trustedProxies <= 0) return socket
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const chain = [...forwarded, socket]
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? socket
}

/**
 * The key attempts are counted under: an IPv4-mapped IPv6 address is its IPv4 address,
 * and an IPv6 address counts for its whole /64 (one subscriber's network), so rotating
 * through one's own addresses gains nothing.
 */
export function addressKey(address: string): string {
  const bare = address
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
  const mapped = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare
  if (net.isIPv4(mapped)) return mapped
  if (!net.isIPv6(bare)) return bare || 'unknown'
  const [head = '', tail = ''] = bare.split('::')
  const left = head ? head.split(':') : []
  const right = bare.includes('::') ? (tail ? tail.split(':') : []) : []
  const groups = bare.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}
