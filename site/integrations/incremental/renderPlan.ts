/**
 * Full or incremental: an incremental build renders the item pages whose fingerprint
 * changed (and every list page) and keeps the rest from the previous build. Pure.
 * An interpretation that left the site (withdrawn, no longer public, deleted) makes the
 * build full: its figures are among the previous build's assets, which an incremental
 * build links in whole, and nothing tells them apart from the figures still in use.
 */
import type { BuildState } from './buildState'
import type { PageFingerprints } from './itemPages'
import { INTERPRETATIONS_PATH } from '../../../core/addresses'

export type RenderPlan =
  | { mode: 'full'; reason: string }
  | {
      mode: 'incremental'
      /** The previous build's folder and state. */
      previousDir: string
      previous: BuildState
      /** Item pages to render again. */
      render: Set<string>
      /** Item pages to take from the previous build as they are. */
      keep: string[]
      /** Item pages of the previous build that no longer exist. */
      removed: string[]
    }

export function planRender(
  previous: { dir: string; state: BuildState | null } | null,
  current: { global: string; pages: PageFingerprints },
): RenderPlan {
  if (!previous) return { mode: 'full', reason: '没有上一次构建' }
  const { state } = previous
  if (!state) return { mode: 'full', reason: '上一次构建没有可用的构建记录' }
  if (state.global !== current.global) return { mode: 'full', reason: '网站代码、公报设置或网址已改变' }
  const render = new Set<string>()
  const keep: string[] = []
  for (const [url, fingerprint] of current.pages) {
    if (state.pages[url] === fingerprint) keep.push(url)
    else render.add(url)
  }
  const removed = Object.keys(state.pages).filter((url) => !current.pages.has(url))
  if (removed.some((url) => url.startsWith(INTERPRETATIONS_PATH))) return { mode: 'full', reason: '有政策解读已撤下，其图片不能沿用' }
  return { mode: 'incremental', previousDir: previous.dir, previous: state, render, keep, removed }
}
