/**
 * Next runs register() once when the server process starts, before it serves anything:
 * the place to stamp each request with the client address its socket saw, which sign-in
 * limits count by (auth/peerChannel.ts). Node only: the Edge runtime has no sockets.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { stampPeerAddresses } = await import('./auth/peerChannel')
  stampPeerAddresses()
}
