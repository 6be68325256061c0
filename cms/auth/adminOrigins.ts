/**
 * The origins whose cookie-authenticated requests the CMS accepts (Payload's `csrf`
 * list, which also decides which Host a password-reset link may name). An empty list
 * would accept the session cookie from any origin, so the list is never empty:
 * - SERVER_URL set: that origin alone (production);
 * - SERVER_URL unset: http://HOST:PORT, plus the other names a browser on this machine
 *   uses for it (localhost, 127.0.0.1) — only when HOST is a loopback address. A CMS
 *   listening on any other address is reachable from a network and must say where it is
 *   served: it refuses to start without SERVER_URL (`npm start` and the config alike).
 */
import net from 'node:net'

/** What `npm start` uses when HOST or PORT is unset. */
export const defaultAdminHost = '127.0.0.1'
export const defaultAdminPort = '3000'

export type AdminAddress = { serverUrl?: string; host?: string; port?: string | number }

export class UnsafeAdminAddressError extends Error {
  override name = 'UnsafeAdminAddressError'
}

export function adminAddressFromEnv(env: NodeJS.ProcessEnv = process.env): AdminAddress {
  return { serverUrl: env.SERVER_URL, host: env.HOST, port: env.PORT }
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
  if (bare === 'localhost') return true
  const ipv4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare
  if (net.isIPv4(ipv4)) return ipv4.startsWith('127.')
  if (net.isIPv6(bare)) return new URL(`http://[${bare}]/`).hostname === '[::1]'
  return false
}

export function unsafeAdminAddressMessage(host: string): string {
  return (
    `管理后台将监听非本机地址 ${host}，网络中的其他计算机可以访问它，因此必须设置 SERVER_URL（管理后台对外的地址，例如 https://cms.example.gov.cn）：` +
    '只有来自该地址的、带登录凭据的请求才会被接受（防范跨站请求伪造）。只在本机试用时，请不要设置 HOST（默认 127.0.0.1）。'
  )
}

function httpOrigin(host: string, port: string): string {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
  return `http://${net.isIPv6(bare) ? `[${bare}]` : bare}:${port}`
}

/** The admin's own origins; throws UnsafeAdminAddressError for a network address without SERVER_URL. */
export function adminOrigins(address: AdminAddress = adminAddressFromEnv()): string[] {
  const serverUrl = address.serverUrl?.trim()
  if (serverUrl) {
    try {
      return [new URL(serverUrl).origin]
    } catch {
      throw new UnsafeAdminAddressError(`SERVER_URL 不是有效的网址：${serverUrl}（应为 https://主机名[:端口]）`)
    }
  }
  const host = address.host?.trim() || defaultAdminHost
  const port = String(address.port ?? '').trim() || defaultAdminPort
  if (!isLoopbackHost(host)) throw new UnsafeAdminAddressError(unsafeAdminAddressMessage(host))
  return [...new Set([httpOrigin(host, port), httpOrigin('localhost', port), httpOrigin('127.0.0.1', port)])]
}
