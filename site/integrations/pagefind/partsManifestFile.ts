import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { PartsManifest } from '../../lib/search/partsManifest'
import { PARTS_MANIFEST } from './indexParts'

export async function writePartsManifest(siteDir: string, manifest: PartsManifest): Promise<void> {
  const file = join(siteDir, PARTS_MANIFEST)
  // Replaced, never written through: the folder may hold files linked from the previous build.
  await rm(file, { force: true })
  await writeFile(file, JSON.stringify(manifest))
}
