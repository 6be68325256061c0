/** Addresses of what npm start serves, as an operator can type them and as the start itself can reach them. */

/** An IPv6 address without the brackets a URL needs (HOST may be written either way), as sockets take it. */
export function bareHost(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1')
}

/** http://host:port, with an IPv6 address in brackets. */
export function httpOrigin(host: string, port: number | string): string {
  const bare = bareHost(host)
  return `http://${bare.includes(':') ? `[${bare}]` : bare}:${port}`
}

/** A server listening on every address is reached through loopback. */
export function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (bareHost(host) === '::') return '::1'
  return host
}

/** Polls until the address answers with a success, or rejects after the deadline. */
export async function waitForHttp(url: string, deadlineMs: number, stillRunning: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + deadlineMs
  while (Date.now() < deadline) {
    if (!stillRunning()) throw new Error(`${url} 的服务已退出`)
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      if (response.status < 400) return
    } catch {
      // not listening yet, or still starting
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} 在 ${Math.round(deadlineMs / 1000)} 秒内没有应答`)
}
