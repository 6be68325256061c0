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
