/**
 * The text layer of a PDF, page by page, as positioned runs for the back-issue reader:
 * pdf.js (already the print engine's reader) with its CMaps for Chinese fonts that use
 * predefined encodings, coordinates turned to the page's top-left origin through each
 * page's viewport (rotated pages included), and the radical look-alikes some fonts' maps
 * give (⺠ for 民) put right. A page without a single run of text is an image: the caller
 * recognises it by OCR.
 */

import { Util } from 'pdfjs-dist/legacy/build/pdf.mjs'

import { linesFromRuns, type PageText, type TextRun } from '../../core/backIssues'
import { unifyRadicals } from '../print/cjkRadicals'
import { openPdf } from '../print/pdfReader'

export type PdfTextPages = {
  pages: PageText[]
  /** Pages (1-based) with no text at all: scans, to be recognised. */
  imagePages: number[]
}

export async function readPdfTextPages(data: Uint8Array): Promise<PdfTextPages> {
  // A copy: pdf.js takes ownership of the bytes it is given.
  const task = openPdf(new Uint8Array(data))
  try {
    const document = await task.promise
    const pages: PageText[] = []
    const imagePages: number[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const runs: TextRun[] = []
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue
        const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[]
        const size = Math.hypot(c ?? 0, d ?? 0)
        // Horizontal text only: vertical text and turned watermarks are no part of a document's lines.
        if (size === 0 || Math.abs(b ?? 0) > 0.05 * size || (a ?? 0) <= 0) continue
        // item.width is in the text's own space: scale it as the viewport scales the text.
        const scale = Math.hypot(a ?? 0, b ?? 0) / (Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) || 1)
        runs.push({ text: unifyRadicals(item.str), x: e ?? 0, baseline: f ?? 0, width: item.width * scale, size })
      }
      if (runs.length === 0) imagePages.push(number)
      pages.push({ page: number, width: viewport.width, height: viewport.height, lines: linesFromRuns(runs), ocr: false })
      page.cleanup()
    }
    return { pages, imagePages }
  } finally {
    await task.destroy()
  }
}
