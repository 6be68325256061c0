/**
 * Which embedded font printed each line of a PDF. pdf.js gives the font's PDF name
 * (e.g. "AAAAAA+NotoSerifCJKsc-Bold") only with fontExtraProperties, and only once the
 * page's operator list has loaded its fonts. Type 3 fonts (Chromium embeds CFF fonts
 * such as Noto CJK that way) carry the name in their font descriptor, which pdffonts
 * does not show; pdf.js does.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export type PdfLine = {
  page: number
  /** The line's text without spaces. */
  text: string
  /** Embedded font names without the subset prefix (e.g. "NotoSerifCJKsc-Bold"). */
  fonts: Set<string>
}

export async function readLineFonts(pdf: Uint8Array): Promise<PdfLine[]> {
  const task = getDocument({ data: new Uint8Array(pdf), disableFontFace: true, fontExtraProperties: true, verbosity: 0 })
  try {
    const document = await task.promise
    const lines: PdfLine[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      await page.getOperatorList()
      const content = await page.getTextContent()
      let line: PdfLine = { page: number, text: '', fonts: new Set() }
      for (const item of content.items) {
        if (!('str' in item)) continue
        const text = item.str.replace(/\s+/g, '')
        if (text) {
          line.text += text
          line.fonts.add(fontName(page.commonObjs.get(item.fontName)))
        }
        if (item.hasEOL && line.text) {
          lines.push(line)
          line = { page: number, text: '', fonts: new Set() }
        }
      }
      if (line.text) lines.push(line)
      page.cleanup()
    }
    return lines
  } finally {
    await task.destroy()
  }
}

function fontName(font: unknown): string {
  const name = font && typeof font === 'object' && 'name' in font ? String(font.name) : '(unknown)'
  return name.replace(/^[A-Z]{6}\+/, '')
}
