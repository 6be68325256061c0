/**
 * Reads a PDF back: the text of each page and the page of named destinations.
 * pdf.js (pdfjs-dist) runs in-process, so no system tool is needed; its CMaps are
 * passed in for uploaded PDFs whose Chinese fonts use predefined CMaps (UniGB-UCS2-H)
 * instead of a ToUnicode map. pdf.js 6 no longer compiles fonts with eval, so
 * uploaded (untrusted) files need no extra switch for that.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

import { repoRoot } from '../../core/paths'

export type PdfSource = Uint8Array | string

export type PdfContent = {
  pages: number
  /** Text of each page, in content order, lines separated by newlines (index 0 is page 1). */
  pageTexts: string[]
  /** 1-based page of each requested named destination; missing names are absent. */
  destinations: Map<string, number>
}

/**
 * pdf.js's own folder, for its CMaps and fonts. Resolved from the repository's
 * package.json at call time: Next's server bundle rewrites a resolve against
 * import.meta.url into a module number.
 */
function pdfjsDir(): string {
  return path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('pdfjs-dist/package.json'))
}

/**
 * Opens a PDF with pdf.js the way gongbao reads every PDF (the print check, back issues):
 * the CJK CMaps and standard fonts of the installed package, no font faces, no console
 * noise. pdf.js takes ownership of the bytes it is given.
 */
export function openPdf(data: Uint8Array): ReturnType<typeof getDocument> {
  const assets = pdfjsDir()
  return getDocument({
    data,
    cMapUrl: `${path.join(assets, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(assets, 'standard_fonts')}/`,
    disableFontFace: true,
    verbosity: 0,
  })
}

export async function readPdf(source: PdfSource, destinationNames: readonly string[] = []): Promise<PdfContent> {
  // A copy: pdf.js takes ownership of the bytes it is given.
  const data = typeof source === 'string' ? new Uint8Array(await readFile(source)) : new Uint8Array(source)
  const task = openPdf(data)
  try {
    const document = await task.promise
    const pageTexts: string[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      pageTexts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
      page.cleanup()
    }
    const destinations = new Map<string, number>()
    for (const name of destinationNames) {
      const destination = await document.getDestination(name)
      const target = destination?.[0]
      if (target && typeof target === 'object' && 'num' in target) {
        destinations.set(name, (await document.getPageIndex(target)) + 1)
      } else if (typeof target === 'number') {
        destinations.set(name, target + 1)
      }
    }
    return { pages: document.numPages, pageTexts, destinations }
  } finally {
    await task.destroy()
  }
}
