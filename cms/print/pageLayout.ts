/**
 * The type area and sizes for a page size, scaled from GB/T 9704-2012 §5.2 on A4:
 * margins 37 mm top, 28 mm left, a 156 × 225 mm type area of 22 lines of 28
 * characters in 3号 (16 pt) type.
 */
import type { PageGeometry } from './pageSize'

export type PageLayout = {
  page: PageGeometry
  marginsMm: { top: number; right: number; bottom: number; left: number }
  /** Body text size in pt (3号 on A4). */
  bodyPt: number
  /** Line pitch in pt: 225 mm / 22 lines on A4. */
  linePt: number
}

const a4 = { width: 210, height: 297 }

export function pageLayout(page: PageGeometry): PageLayout {
  const sx = page.widthMm / a4.width
  const sy = page.heightMm / a4.height
  // Type shrinks with narrow pages so a line keeps about 28 characters, but never
  // below 5号 (10.5 pt), the smallest size GB/T 9704 uses.
  const scale = Math.min(1, Math.max(10.5 / 16, sx))
  return {
    page,
    marginsMm: { top: mm(37 * sy), right: mm(26 * sx), bottom: mm(35 * sy), left: mm(28 * sx) },
    bodyPt: pt(16 * scale),
    linePt: pt(29 * scale),
  }
}

function mm(value: number): number {
  return Math.round(value * 10) / 10
}

function pt(value: number): number {
  return Math.round(value * 100) / 100
}
