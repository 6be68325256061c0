/**
 * Headless Chromium, as every part of the project drives it: Debian's chromium through
 * playwright-core (no browser is ever downloaded), for printing issues, the browser tests
 * and the benchmarks. CHROMIUM_PATH points elsewhere when needed.
 */
import { type Browser, chromium } from 'playwright-core'

export function launchChromium(): Promise<Browser> {
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
