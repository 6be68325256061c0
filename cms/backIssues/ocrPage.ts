/**
 * One scanned page recognised: prepared (prepareScan.ts), read by tesseract, and its hOCR
 * turned into positioned lines with the characters tesseract was unsure of
 * (core/backIssues/hocr.ts). The resolution comes from the caller (a PDF page rendered
 * at a known dpi), else from the image, else from its width as an A4 page: tesseract
 * reads small type worse when told the wrong size; a page scanned finer than tesseract
 * reads best is brought down to that (prepareScan.ts, OCR_DPI). Characters OCR is known to misread
 * in the print fonts are folded (core/backIssues/misreadCharacters.ts), each listed as
 * uncertain.
 */
import { foldMisreadCharacters, pageFromHocr, type PageText } from '../../core/backIssues'
import { atOcrResolution, prepareScan } from './prepareScan'
import { tesseractHocr } from './tesseract'

export type OcrOptions = {
  /** The number the page gets in the issue (1-based). */
  page: number
  /** For a multi-page TIFF: which of its pages (0-based). */
  subPage?: number
  dpi?: number
  language?: string
  /** Characters below this confidence are listed as uncertain (0–100). */
  minConfidence?: number
}

export type OcrPage = PageText & { skew: number; dpi: number }

const A4_WIDTH_INCHES = 8.27

export async function ocrPage(input: Buffer | string, options: OcrOptions): Promise<OcrPage> {
  const scan = await prepareScan(input, options.subPage ?? 0)
  const prepared = await atOcrResolution(scan, options.dpi ?? plausibleDpi(scan.density, scan.width))
  const dpi = prepared.dpi
  const hocr = await tesseractHocr(prepared.image, { dpi, ...(options.language ? { language: options.language } : {}) })
  const page = foldMisreadCharacters(
    pageFromHocr(hocr, {
      page: options.page,
      ...(options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence }),
    }),
  )
  return { ...page, width: page.width || prepared.width, height: page.height || prepared.height, skew: prepared.skew, dpi }
}

/** The image's stated resolution if it makes a page of paper size, else the width read as an A4 page's. */
function plausibleDpi(density: number | null, width: number): number {
  if (density && width / density > 4 && width / density < 17) return density
  return Math.round(width / A4_WIDTH_INCHES)
}
