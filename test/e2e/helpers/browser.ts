/** Debian's Chromium driven by playwright-core; no browser is ever downloaded. */
import type { Page } from 'playwright-core'

import { launchChromium } from '../../../cms/print/chromium'

/** The project's one way of starting Chromium (cms/print/chromium.ts). */
export const launchBrowser = launchChromium

/** Whether the page is wider than the viewport: the reader would have to scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}
