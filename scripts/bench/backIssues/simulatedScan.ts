/**
 * A print PDF turned into what a scanner gives: every page rendered by pdftoppm at a
 * given resolution, turned slightly (alternately clockwise and back, as pages lie on a
 * scanner bed), with grey noise and specks added and saved as JPEG at a middling quality,
 * the resolution written into the file as a scanner does. Deterministic: the same PDF and
 * options make the same images. For the back-issue OCR test and benchmark.
 */
import { execFile } from 'node:child_process'
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import sharp from 'sharp'

export type ScanOptions = {
  dpi: number
  /** Degrees, alternating in sign from page to page. */
  rotation?: number
  /** Standard deviation of the grey noise, in levels of 255. */
  noise?: number
  /** Share of pixels turned to a black or white speck. */
  specks?: number
  jpegQuality?: number
}

/** Writes page-NN.jpg files into `outDir` and returns their paths in page order. */
export async function simulateScan(pdf: string, outDir: string, options: ScanOptions): Promise<string[]> {
  await rm(outDir, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  const prefix = path.join(outDir, 'render')
  await promisify(execFile)('pdftoppm', ['-r', String(options.dpi), '-gray', '-png', pdf, prefix])
  const rendered = (await readdir(outDir))
    .filter((name) => name.startsWith('render'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const random = seeded(options.dpi)
  const files: string[] = []
  for (const [index, name] of rendered.entries()) {
    const source = path.join(outDir, name)
    const angle = (options.rotation ?? 0.8) * (index % 2 === 0 ? 1 : -0.7)
    const turned = await sharp(source)
      .greyscale()
      .rotate(angle, { background: { r: 255, g: 255, b: 255 } })
      .raw()
      .toBuffer({ resolveWithObject: true })
    const pixels = turned.data
    const sigma = options.noise ?? 12
    const specks = options.specks ?? 0.002
    for (let i = 0; i < pixels.length; i++) {
      const draw = random()
      if (draw < specks) pixels[i] = draw < specks / 2 ? 0 : 255
      else pixels[i] = clamp((pixels[i] as number) + gaussian(random) * sigma)
    }
    const file = path.join(outDir, `page-${String(index + 1).padStart(2, '0')}.jpg`)
    await sharp(pixels, { raw: { width: turned.info.width, height: turned.info.height, channels: 1 } })
      .jpeg({ quality: options.jpegQuality ?? 60 })
      .withMetadata({ density: options.dpi })
      .toFile(file)
    await rm(source)
    files.push(file)
  }
  return files
}

function clamp(value: number): number {
  return value < 0 ? 0 : value > 255 ? 255 : Math.round(value)
}

/** A small deterministic generator (mulberry32). */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random())
}
