/** Debian's Chromium driven by playwright-core; no browser is ever downloaded. */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { launchChromium } from '../../../cms/print/chromium'

/** The project's one way of starting Chromium (cms/print/chromium.ts). */
export const launchBrowser = launchChromium

/** Whether the page is wider than the viewport: the reader would have to scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/** A reader of the site in a context of their own: a window width, script on or off. Close the context when done. */
export async function openReader(
  browser: Browser,
  options: { javaScript?: boolean; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  })
  return { context, page: await context.newPage() }
}
