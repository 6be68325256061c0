/**
 * Serves a built site as a production host would (text compressed with gzip) and counts
 * the bytes it sends, so the evaluation can say what a query cost to fetch, including what
 * Pagefind's Web Worker fetches, which the page's own network events do not show.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { resolveStaticFile } from '../lib/staticServer'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
}
// Pagefind's own files (.pf_*, .pagefind) are gzip already; only text is compressed here.
const COMPRESSED = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg'])

export interface CountingServer {
  url: string
  /** Bytes sent since the server started (bodies, as sent). */
  bytesSent(): number
  /** Every response since the server started, in order: the path asked for and the bytes of its body as sent. */
  responses(): readonly SentResponse[]
  close(): Promise<void>
}

export type SentResponse = { path: string; bytes: number }

export function startCountingServer(root: string): Promise<CountingServer> {
  let sent = 0
  const responses: SentResponse[] = []
  const gzipped = new Map<string, Buffer>()
  const server = http.createServer((req, res) => {
    const file = resolveStaticFile(path.resolve(root), req.url ?? '/')
    if (!file) {
      res.writeHead(404).end()
      return
    }
    const extension = path.extname(file)
    let body: Buffer = fs.readFileSync(file)
    const headers: Record<string, string> = {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': 'max-age=3600',
    }
    if (COMPRESSED.has(extension) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      let compressed = gzipped.get(file)
      if (!compressed) gzipped.set(file, (compressed = gzipSync(body)))
      body = compressed
      headers['Content-Encoding'] = 'gzip'
    }
    sent += body.length
    responses.push({ path: new URL(req.url ?? '/', 'http://host').pathname, bytes: body.length })
    res.writeHead(200, { ...headers, 'Content-Length': String(body.length) }).end(body)
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        bytesSent: () => sent,
        responses: () => responses,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
