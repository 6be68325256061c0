/**
 * What every page depends on: the site's code (site/, the shared core/, the build configuration and
 * the locked dependencies), the gazette's settings and the public origin. When any of it
 * changes, nothing from the previous build can be kept.
 */
import { codeStamp } from '../../../core/build/codeStamp'
import type { Manifest } from '../../../core/snapshot/schema'
import { hash } from './itemPages'

const SITE_CODE = ['site', 'core', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json']

export function globalFingerprint(
  root: string,
  manifest: Pick<Manifest, 'schemaVersion' | 'gazette'>,
  siteUrl: string | undefined,
): string {
  return hash(
    codeStamp(root, SITE_CODE),
    JSON.stringify({ schemaVersion: manifest.schemaVersion, gazette: manifest.gazette, siteUrl: siteUrl ?? null }),
  )
}
