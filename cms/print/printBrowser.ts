/**
 * Headless Chromium for printing: Debian's chromium driven by playwright-core (no
 * browser is downloaded). CHROMIUM_PATH points elsewhere when needed.
 */
import { type Browser, chromium } from 'playwright-core'

export function launchPrintBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}
