/**
 * Whether a port can be listened on, asked before minutes of preparation and building
 * rather than after: `npm start` would otherwise find the port taken only at the end.
 */
import net from 'node:net'

export function portAvailable(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, host, () => probe.close(() => resolve(true)))
  })
}

/** A port on 127.0.0.1 free right now, for a server a test or a benchmark starts. */
export async function freePort(): Promise<number> {
  const [port] = await freePorts(1)
  return port as number
}

/**
 * Several distinct free ports. All are held open together before any is released, since
 * asking one at a time can hand the same port out twice (each is free again once closed).
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: net.Server[] = []
  try {
    for (let index = 0; index < count; index += 1) {
      const server = net.createServer()
      servers.push(server)
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(0, '127.0.0.1', resolve)
      })
    }
    return servers.map((server) => (server.address() as net.AddressInfo).port)
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  }
}
