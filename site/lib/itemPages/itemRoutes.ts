/**
 * Every route whose pages stand for one item each. An incremental build fingerprints
 * their pages (site/integrations/incremental/itemPages.ts) and renders only the changed
 * ones; every other page is rendered on every build. A route filters its paths by the
 * render plan only through pathsToRender, which refuses a route missing here.
 */
import { versionComparePages, versionPairPages } from './comparePages'
import { documentPages } from './documentPages'
import { interpretationPages } from './interpretationPages'
import { nameShardPages } from './nameShardPages'
import { orderNumberPages, standardNumberPages } from './numberPages'
import { versionChangesPages, versionPages } from './versionPages'

export const itemRoutes = [
  documentPages,
  versionPages,
  versionChangesPages,
  versionComparePages,
  versionPairPages,
  interpretationPages,
  standardNumberPages,
  orderNumberPages,
  nameShardPages,
] as const
