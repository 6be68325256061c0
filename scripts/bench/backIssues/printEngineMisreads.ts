/**
 * Characters gongbao's print engine's own PDF text layer gets wrong, not the back-issue
 * reader: Chromium writes a PDF's ToUnicode map from the glyph, and Noto Serif CJK SC's
 * localized (locl) form of 户 is the glyph that U+6236 戶 maps to, so every printed 户 reads
 * back as 戶 (pdf.js and pdftotext alike). cms/print's ToUnicode repair handles the radical
 * look-alikes only. Folded before comparing, so that the figures count the reader's errors.
 */
const misreads: Record<string, string> = { 戶: '户' }

export function foldPrintEngineMisreads(text: string): string {
  return text.replace(/[戶]/gu, (char) => misreads[char] ?? char)
}
