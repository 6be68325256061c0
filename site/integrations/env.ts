import { resolve } from 'node:path'

/** What the site build takes from the environment, with paths made absolute. */
export interface SiteEnv {
  /** SNAPSHOT_DIR: the public snapshot folder to render (default content/snapshot). */
  snapshotDir: string
  /** DIST_DIR: where the built site goes (default dist). */
  outDir: string
  /** SITE_URL: the public origin, for canonical links; unset means none. */
  siteUrl: string | undefined
  /** PREVIOUS_BUILD: a finished build to start from (incremental build); unset means a full build. */
  previousDir: string | undefined
}

export function readSiteEnv(env: NodeJS.ProcessEnv, root: string): SiteEnv {
  return {
    snapshotDir: resolve(root, nonEmpty(env.SNAPSHOT_DIR) ?? 'content/snapshot'),
    outDir: resolve(root, nonEmpty(env.DIST_DIR) ?? 'dist'),
    siteUrl: nonEmpty(env.SITE_URL),
    previousDir: nonEmpty(env.PREVIOUS_BUILD) === undefined ? undefined : resolve(root, nonEmpty(env.PREVIOUS_BUILD) as string),
  }
}

// `SITE_URL= astro build` sets an empty string; treat it like unset.
function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}
