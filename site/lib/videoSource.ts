import type { PublicInterpretation } from '../../core/snapshot/schema'

/** How an interpretation's video is offered: played on the page, or linked. */
export type VideoSource = { kind: 'file'; url: string; mimeType: string | null } | { kind: 'external'; url: string; host: string }

/**
 * An uploaded file (copied with the site under /files/) plays in a `<video>` element;
 * an external https address becomes a plain link, never an embedded frame, so no
 * third-party page runs inside the gazette. Anything else is not shown.
 */
export function videoSource(video: PublicInterpretation['video']): VideoSource | null {
  if (!video) return null
  const url = video.url.trim()
  if (url.startsWith('/files/')) return { kind: 'file', url, mimeType: video.mimeType }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return parsed.protocol === 'https:' ? { kind: 'external', url: parsed.href, host: parsed.host } : null
}
