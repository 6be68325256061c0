import { renderOnly } from 'virtual:gongbao/render-plan'

const only = renderOnly === null ? null : new Set(renderOnly)

/**
 * Whether this build renders the item page at `url`. An incremental build renders only the
 * pages whose fingerprint changed and keeps the others from the previous build
 * (site/integrations/incremental/); the item routes filter their paths with this.
 */
export function rendersPage(url: string): boolean {
  return only === null || only.has(url)
}
