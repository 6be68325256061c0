/**
 * What the live build still serves that the public may no longer read, by a quick look
 * (public ids through the Local API with the public's rights against the live build's
 * kept snapshot). Nothing switches live to such a build (keptBuildCheck.ts), but the live
 * build becomes one the moment something is withdrawn, until the build that withdrawal
 * queued goes live: when that build fails or is not retried, its record says so loudly.
 */
import type { Payload } from 'payload'

import { keptManifest } from './keptSnapshots'
import { liveBuildId } from './liveSite'

export async function liveNotPublic(payload: Payload, siteRoot: string): Promise<string[]> {
  const live = liveBuildId(siteRoot)
  const manifest = live ? keptManifest(siteRoot, live) : null
  if (!manifest) return []
  const stale: string[] = []
  for (const [collection, items] of [
    ['documents', manifest.documents],
    ['interpretations', manifest.interpretations],
  ] as const) {
    const { docs } = await payload.find({ collection, overrideAccess: false, depth: 0, pagination: false, select: { slug: true } })
    const visible = new Set(docs.map((doc) => String(doc.slug)))
    for (const item of items) if (!visible.has(item.id)) stale.push(`《${item.title}》`)
  }
  return stale
}

/** The line a build's log gets when the live site keeps serving such items. */
export function liveNotPublicWarning(items: readonly string[]): string {
  return `警告：线上网站仍在提供已撤回或不再公开的内容：${items.slice(0, 10).join('、')}${items.length > 10 ? `等${items.length}项` : ''}。请尽快排除故障并重新构建。`
}
