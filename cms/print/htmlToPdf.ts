/**
 * Turns print HTML into a PDF with Chromium's own paged-media layout. The page is
 * offline and runs no script: the HTML is built from escaped text, images are data:
 * URLs, and any request it would still make is refused. The PDF gets an outline
 * (bookmarks from the headings) and tags, for readers of the electronic edition,
 * and its text maps are repaired so that copied and searched text is right.
 */
import type { Browser, Page } from 'playwright-core'

import { repairPdfText } from './repairPdfText'

export type PdfRenderer = {
  render(html: string): Promise<Buffer>
  close(): Promise<void>
}

export async function openPdfRenderer(browser: Browser): Promise<PdfRenderer> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  await context.route('**/*', (route) => route.abort())
  const page: Page = await context.newPage()
  return {
    async render(html) {
      await page.setContent(html, { waitUntil: 'load' })
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true })
      return repairPdfText(pdf)
    },
    close: () => context.close(),
  }
}
