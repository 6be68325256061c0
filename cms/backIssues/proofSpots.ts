/**
 * What the proofreading view of an entry read by OCR needs (the document's 校对信息,
 * components/OcrProofreading.tsx): the print PDF its pages are rendered from, its pages,
 * and every character tesseract was unsure of with the text around it and, where it can be
 * found again on the page's lines, its box on the page as fractions of the page's width and
 * height (so that it fits the page image at any size). The reader keeps a character's index
 * in its line, not its box: the box is measured from the line's width over its characters,
 * a Chinese character one em, Latin letters and digits half, as the reader measures type.
 */
import type { BackIssueEntry, PageText } from '../../core/backIssues'

/** A box on the page, each value a fraction (0–1) of the page's width or height. */
export type SpotBox = { left: number; top: number; width: number; height: number }

export type ProofSpot = { page: number; char: string; confidence: number; context: string; box: SpotBox | null }

export type OcrProofing = {
  /** The issue's print PDF (issue-pdfs) the pages are rendered from; null for page images, which have none. */
  printPdf: number | null
  firstPage: number
  lastPage: number
  spots: ProofSpot[]
}

const FULL_WIDTH = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2026\u2014]/u
/** Characters on each side of an uncertain one that must agree with the spot's context. */
const NEAR = 2

export function ocrProofing(entry: BackIssueEntry, pages: readonly PageText[], printPdf: number | null): OcrProofing {
  const used = new Set<string>()
  return {
    printPdf,
    firstPage: entry.firstPage,
    lastPage: entry.lastPage,
    spots: entry.uncertain.map((spot) => ({ ...spot, box: spotBox(spot, pages, used) })),
  }
}

function spotBox(spot: BackIssueEntry['uncertain'][number], pages: readonly PageText[], used: Set<string>): SpotBox | null {
  const page = pages.find((candidate) => candidate.page === spot.page)
  if (!page || page.width <= 0 || page.height <= 0) return null
  for (const [lineIndex, line] of page.lines.entries()) {
    const chars = Array.from(line.text)
    for (const uncertain of line.uncertain ?? []) {
      const key = `${lineIndex}:${uncertain.index}`
      if (used.has(key) || chars[uncertain.index] !== spot.char) continue
      const near = chars.slice(Math.max(0, uncertain.index - NEAR), uncertain.index + NEAR + 1).join('')
      if (!spot.context.includes(near)) continue
      used.add(key)
      const units = chars.map(advance)
      const total = units.reduce((sum, unit) => sum + unit, 0) || 1
      const before = units.slice(0, uncertain.index).reduce((sum, unit) => sum + unit, 0)
      const unitWidth = line.width / total
      return {
        left: (line.x + before * unitWidth) / page.width,
        top: line.y / page.height,
        width: ((units[uncertain.index] ?? 1) * unitWidth) / page.width,
        height: line.size / page.height,
      }
    }
  }
  return null
}

function advance(char: string): number {
  if (char.trim() === '') return 0.35
  return FULL_WIDTH.test(char) ? 1 : 0.5
}
