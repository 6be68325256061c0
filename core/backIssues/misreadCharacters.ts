/**
 * Characters a simplified-Chinese gazette printed in their simplified form that OCR gives
 * in their traditional form; folded on OCR'd pages (cms/backIssues/ocrPage.ts). The table
 * is small on purpose, a pair added only when a page showed it: no general
 * traditional→simplified conversion, since a gazette may quote a traditional form on
 * purpose (a name, a historical title) and a conversion table maps many characters no
 * reader confuses. Its one pair comes from the print engine's font: Noto Serif CJK SC
 * draws 户 with a localized glyph that its ToUnicode map gives as U+6236 戶, so every
 * printed 户 of gongbao's own print reads back from the PDF text layer as 戶 (27 times in
 * the sample issue; scripts/bench/backIssues/printEngineMisreads.ts). Tesseract reads that
 * glyph as 户 on the simulated scans (no traditional character at all in the sample
 * issue's scans at 200 or 300 dpi), so the pair guards scans of such prints read
 * otherwise. The text layer itself is not folded here: the uploaded print's sync check
 * compares titles with that same text layer, so the fix belongs in the print engine's
 * ToUnicode repair (cms/print). Every character folded stays marked uncertain, with the
 * character read, for the proofreader.
 */
import { characters, type PageText, type TextLine, type UncertainChar } from './pageText'

/** Read → printed. Add a pair only when a scan showed it. */
export const MISREAD_CHARACTERS: Readonly<Record<string, string>> = { 戶: '户' }

const misread = new RegExp(`[${Object.keys(MISREAD_CHARACTERS).join('')}]`, 'u')

/** The page with every listed misread folded, each marked uncertain with the character read. */
export function foldMisreadCharacters(page: PageText): PageText {
  if (!page.lines.some((line) => misread.test(line.text))) return page
  return { ...page, lines: page.lines.map(foldLine) }
}

function foldLine(line: TextLine): TextLine {
  if (!misread.test(line.text)) return line
  const chars = characters(line.text)
  const corrections: Array<{ index: number; to: string }> = []
  chars.forEach((char, index) => {
    const to = MISREAD_CHARACTERS[char]
    if (to !== undefined) corrections.push({ index, to })
  })
  return correctLine(line, corrections)
}

/**
 * The line with characters replaced at code-point indexes, each replaced one listed as
 * uncertain (confidence 0, the character read kept in `read`), replacing any mark it had.
 */
export function correctLine(line: TextLine, corrections: ReadonlyArray<{ index: number; to: string }>): TextLine {
  if (corrections.length === 0) return line
  const chars = characters(line.text)
  const marks = new Map<number, UncertainChar>((line.uncertain ?? []).map((mark) => [mark.index, mark]))
  for (const { index, to } of corrections) {
    const read = chars[index]
    if (read === undefined || read === to) continue
    chars[index] = to
    marks.set(index, { index, confidence: 0, read })
  }
  const uncertain = [...marks.values()].sort((a, b) => a.index - b.index)
  return { ...line, text: chars.join(''), ...(uncertain.length > 0 ? { uncertain } : {}) }
}
