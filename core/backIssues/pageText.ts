/**
 * A printed page as the back-issue reader takes it: lines of text with their position
 * and size, from a PDF's text layer or from OCR. Coordinates are in the page's own units
 * (points for a PDF, pixels for a scan), origin at the top left, y growing downwards;
 * nothing downstream depends on the unit, only on sizes relative to the text.
 */

/**
 * A character OCR was unsure of: its index in the line's text (in code points) and its
 * confidence, 0–100; when the reader corrected it (misreadCharacters.ts,
 * contentsAgreement.ts), confidence 0 and the character OCR read.
 */
export type UncertainChar = { index: number; confidence: number; read?: string }

export type TextLine = {
  text: string
  /** Left edge. */
  x: number
  /** Top edge. */
  y: number
  width: number
  /** Font size (em), the unit every gap and indent is measured in. */
  size: number
  /** OCR only: characters below the confidence threshold. */
  uncertain?: UncertainChar[]
}

export type PageText = {
  /** 1-based position of the page in the file (or the folder of page images). */
  page: number
  width: number
  height: number
  lines: TextLine[]
  /** Whether the text was recognised from an image rather than read from a text layer. */
  ocr: boolean
  /** OCR only: mean word confidence of the page, 0–100. */
  meanConfidence?: number
}

/** The right edge of a line. */
export function rightOf(line: Pick<TextLine, 'x' | 'width'>): number {
  return line.x + line.width
}

/** The code points of a text: Chinese text is indexed by character, not by UTF-16 unit. */
export function characters(text: string): string[] {
  return Array.from(text)
}
