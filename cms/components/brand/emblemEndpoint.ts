/**
 * GET /api/brand/emblem: the emblem for the sign-in page, the navigation and the
 * browser tab. Public, as the sign-in page shows it before anyone signs in. An office's
 * SVG is shown through <img> and as a favicon, where its scripts never run; opened on its
 * own it would run in the admin's origin, hence the sandboxing policy.
 */
import type { Endpoint } from 'payload'

import { emblemImage, emblemRoute } from './emblem'

export const emblemEndpoint: Endpoint = {
  path: emblemRoute,
  method: 'get',
  handler: () => {
    let image
    try {
      image = emblemImage()
    } catch {
      return new Response('徽标文件不可用', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    return new Response(new Uint8Array(image.body), {
      headers: {
        'Content-Type': image.contentType,
        // The address carries the image's hash (emblemUrl), so a changed emblem is a new address.
        'Cache-Control': 'public, max-age=86400',
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}
