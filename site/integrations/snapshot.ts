import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration } from 'astro'

import { linkFolder } from './incremental/carryOver'
import { IMAGES_VIRTUAL_ID, snapshotImagesModule } from './snapshotImages'

const VIRTUAL_ID = 'virtual:gongbao/snapshot'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
const RESOLVED_IMAGES_ID = `\0${IMAGES_VIRTUAL_ID}`

export interface SnapshotIntegrationOptions {
  /** Absolute path of the snapshot folder. */
  snapshotDir: string
}

/**
 * Tells the pages where the snapshot is (as the module `virtual:gongbao/snapshot`, so
 * the path is decided once, in the config), hands its images to Astro's image pipeline
 * (`virtual:gongbao/images`), and copies its attachments into the output.
 */
export function snapshotIntegration({ snapshotDir }: SnapshotIntegrationOptions): AstroIntegration {
  return {
    name: 'gongbao:snapshot',
    hooks: {
      'astro:config:setup': ({ updateConfig, addWatchFile }) => {
        addWatchFile(join(snapshotDir, 'manifest.json'))
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'gongbao:snapshot-dir',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : id === IMAGES_VIRTUAL_ID ? RESOLVED_IMAGES_ID : undefined),
                load: (id: string) => {
                  if (id === RESOLVED_ID) return `export const snapshotDir = ${JSON.stringify(snapshotDir)}`
                  if (id === RESOLVED_IMAGES_ID) return snapshotImagesModule(snapshotDir)
                  return undefined
                },
              },
            ],
          },
        })
      },
      'astro:build:done': async ({ dir, logger }) => {
        const from = join(snapshotDir, 'files')
        const to = fileURLToPath(new URL('./files/', dir))
        if (!(await isDirectory(from))) {
          logger.info(`No attachments: ${from} does not exist.`)
          return
        }
        // Linked, not copied: a gazette's attachments run to gigabytes, and every build has them.
        const files = await linkFolder(snapshotDir, fileURLToPath(dir), 'files')
        logger.info(`Linked ${files} attachment file(s) from ${from} to ${to}`)
      },
    },
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false
  }
}
