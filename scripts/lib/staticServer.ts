/**
 * A small static file server for the built gazette (and the browser tests). Any web
 * server can serve DIST_DIR as is; this one exists so that a fresh clone needs none.
 * Uploaded files (under /files/) are served so that none can run script in the site's
 * origin, whatever is in them: see uploadHeaders and docs/serving-files.md.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { servedUpload } from '../../core/uploads/uploadTypes'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/** Where the site keeps uploaded files: the snapshot's files/ (snapshotPaths.file), linked into the build. */
export const UPLOADS_DIR = 'files'

/** No script, no subresource, no plugin, a unique origin: what an uploaded file may do when opened. */
export const UPLOAD_CSP = "default-src 'none'; sandbox"

/**
 * The headers of an uploaded file: its type from the upload rule by extension (never
 * .html, .xml or .svg as such), opened in the browser only when an image, video or
 * PDF, otherwise downloaded.
 */
export function uploadHeaders(file: string): Record<string, string> {
  const { contentType, inline } = servedUpload(path.basename(file))
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': UPLOAD_CSP,
    ...(inline ? {} : { 'Content-Disposition': 'attachment' }),
  }
}

function isUpload(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep)[0] === UPLOADS_DIR
}

export type StaticServer = { url: string; close: () => Promise<void>; requests: string[] }

/** Maps a URL path to a file inside root, or null when it would leave root or does not exist. */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  }
  return null
}

export function startStaticServer(root: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root)
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const urlPath = req.url ?? '/'
    requests.push(urlPath)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    // Directory addresses without their slash get it, as static hosts do.
    const file = resolveStaticFile(absoluteRoot, urlPath)
    if (file && file.endsWith(`${path.sep}index.html`) && !urlPath.split('?')[0]?.endsWith('/')) {
      res.writeHead(301, { Location: `${urlPath.split('?')[0]}/` }).end()
      return
    }
    const notFound = path.join(absoluteRoot, '404.html')
    const served = file ?? (fs.existsSync(notFound) ? notFound : null)
    const status = file ? 200 : 404
    const headers = {
      'Content-Type': served ? (contentTypes[path.extname(served)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...(file && isUpload(absoluteRoot, file) ? uploadHeaders(file) : {}),
    }
    if (!served) {
      res.writeHead(404, headers).end('未找到该页面')
      return
    }
    res.writeHead(status, headers)
    if (req.method === 'HEAD') res.end()
    else fs.createReadStream(served).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo
      resolve({
        url: `http://${host}:${actual}`,
        requests,
        // A browser keeps idle connections open; close() alone would wait for them for ever.
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
