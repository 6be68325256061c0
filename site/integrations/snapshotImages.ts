/**
 * The snapshot's raster images as ES imports, so that Astro's image pipeline (sharp)
 * sees them: `virtual:gongbao/images` maps each image's public address (as the
 * snapshot writes it, /files/<owner>/<encoded name>) to its ImageMetadata. Pages then
 * render responsive AVIF and WebP variants instead of the uploaded file.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export const IMAGES_VIRTUAL_ID = 'virtual:gongbao/images'

const RASTER = /\.(png|jpe?g|webp|avif|gif|tiff?)$/i

export function snapshotImagesModule(snapshotDir: string): string {
  const filesDir = join(snapshotDir, 'files')
  const images = listFiles(filesDir).filter((file) => RASTER.test(file))
  const imports = images.map((file, index) => `import image${index} from ${JSON.stringify(file)}`)
  const entries = images.map((file, index) => `  ${JSON.stringify(publicAddress(filesDir, file))}: image${index},`)
  return [...imports, 'export const snapshotImages = {', ...entries, '}', ''].join('\n')
}

/** /files/interpretations/jd-1/图 1.png → /files/interpretations/jd-1/%E5%9B%BE%201.png, as the export writes it. */
function publicAddress(filesDir: string, file: string): string {
  const parts = relative(filesDir, file).split(sep)
  const name = parts.pop() ?? ''
  return `/files/${[...parts, encodeURIComponent(name)].join('/')}`
}

function listFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return []
  } catch {
    return []
  }
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}
