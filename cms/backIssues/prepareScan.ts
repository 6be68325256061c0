/**
 * A scanned page made ready for OCR with sharp: turned upright by its EXIF orientation,
 * grey, its contrast stretched between ink and paper (a faded or yellowed scan reads as
 * black on white; core/backIssues/contrastLevels.ts), and straightened: the skew is
 * measured on a reduced copy (core/backIssues/skewAngle.ts) and the page rotated back,
 * so that lines come out level and the reader can measure indents and columns. No
 * denoising: tesseract binarises by itself, and on simulated scans (grey noise, specks,
 * JPEG) a median filter cost 1.7 s a page at 300 dpi and read slightly worse (page CER
 * 3.2% against 2.7% without).
 */
import sharp from 'sharp'

import { contrastLevels, skewAngle, stretch } from '../../core/backIssues'

export type PreparedScan = {
  /** The page as a grey PNG. */
  image: Buffer
  width: number
  height: number
  /** The skew found and corrected, in degrees. */
  skew: number
  /** The resolution the image states, when it states one. */
  density: number | null
}

const SAMPLE_WIDTH = 1200

/**
 * The resolution pages are recognised at. Tesseract's LSTM reads lines a few dozen pixels
 * high best: at 300 dpi a 16 pt line is 67 px, and the same simulated scans downscaled to
 * 200 dpi (Lanczos) read with less than half the errors (five body pages of the sample
 * issue: 77 errors in 2,735 characters at 300 dpi, 32 at 200) in two thirds of the time.
 * Scans above MAX_OCR_DPI are brought down to OCR_DPI; smaller ones are read as they are.
 */
export const OCR_DPI = 200
const MAX_OCR_DPI = 250

/** The prepared page at the resolution OCR reads best, and that resolution. */
export async function atOcrResolution(prepared: PreparedScan, dpi: number): Promise<PreparedScan & { dpi: number }> {
  if (dpi <= MAX_OCR_DPI) return { ...prepared, dpi }
  const width = Math.round((prepared.width * OCR_DPI) / dpi)
  const out = await sharp(prepared.image)
    .resize({ width, kernel: 'lanczos3' })
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true })
  return { ...prepared, image: out.data, width: out.info.width, height: out.info.height, dpi: OCR_DPI }
}

export async function prepareScan(input: Buffer | string, page = 0): Promise<PreparedScan> {
  const source = sharp(input, { page, limitInputPixels: 400_000_000 })
  const { density } = await source.metadata()
  const grey = await source.rotate().greyscale().raw().toBuffer({ resolveWithObject: true })
  const raw = { width: grey.info.width, height: grey.info.height, channels: 1 as const }
  const sample = await sharp(grey.data, { raw })
    .resize({ width: Math.min(SAMPLE_WIDTH, raw.width) })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true })
  const pixels = new Uint8Array(sample.data)
  const levels = contrastLevels(pixels)
  const skew = skewAngle(pixels, sample.info.width, sample.info.height, { threshold: (levels.black + levels.white) / 2 })
  const { a, b } = stretch(levels)
  let image = sharp(grey.data, { raw }).linear(a, b)
  if (Math.abs(skew) >= 0.1) image = image.rotate(-skew, { background: { r: 255, g: 255, b: 255 } })
  const out = await image.greyscale().png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true })
  return { image: out.data, width: out.info.width, height: out.info.height, skew, density: density ?? null }
}
