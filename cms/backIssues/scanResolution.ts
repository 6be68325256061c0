/**
 * The resolution a scanned PDF's pages were scanned at, read from the images on each page
 * by poppler's `pdfimages -list`. An image-only page is rendered for OCR at its own
 * resolution: rendered at a fixed 300 dpi, a 200 dpi scan was enlarged and then brought down
 * again before recognition, which blurred it and took 2.4 times as long (60 pages of the
 * sample issue: 529 s against 216 s on two cores).
 */
import { runPoppler } from './poppler'

/** Below this a scan is rendered larger, as tesseract wants lines of a few dozen pixels. */
const MIN_RENDER_DPI = 200
/** Above this a page is not worth the memory: prepareScan.ts brings it to 200 dpi anyway. */
const MAX_RENDER_DPI = 600
/** A page without an image (a garbled text layer) is rendered at this. */
const DEFAULT_RENDER_DPI = 300

/** Page number → the highest horizontal resolution of the images on it. */
export async function scanResolutions(file: string): Promise<Map<number, number>> {
  return parseImageList((await runPoppler('pdfimages', ['-list', file], '列出扫描图像')).toString('utf8'))
}

/** `pdfimages -list` output: a header, a rule, then one row per image (page num type … x-ppi y-ppi size ratio). */
export function parseImageList(listing: string): Map<number, number> {
  const resolutions = new Map<number, number>()
  for (const row of listing.split('\n').slice(2)) {
    const cells = row.trim().split(/\s+/u)
    // Soft masks and stencils ride on an image; their resolution is not the scan's.
    if (cells.length < 14 || cells[2] !== 'image') continue
    const page = Number(cells[0])
    const ppi = Number(cells[12])
    if (!Number.isInteger(page) || !Number.isFinite(ppi) || ppi <= 0) continue
    resolutions.set(page, Math.max(resolutions.get(page) ?? 0, ppi))
  }
  return resolutions
}

/** The dpi to render a page at for OCR, from its scan's resolution. */
export function renderDpi(scanPpi: number | undefined): number {
  if (scanPpi === undefined) return DEFAULT_RENDER_DPI
  return Math.round(Math.min(MAX_RENDER_DPI, Math.max(MIN_RENDER_DPI, scanPpi)))
}
