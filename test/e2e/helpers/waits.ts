/**
 * Web-first waits the browser tests share: each waits for something the page does, never
 * for a fixed time. playwright-core has no auto-retrying assertions (those come with
 * @playwright/test), so the waits several test files need live here, in one place.
 */
import type { Locator, Page } from 'playwright-core'

/**
 * Until the page is at rest: every image has loaded or failed (its load or error handlers
 * have run), and then for `frames` animation frames in a row nothing in the document
 * changed and nothing scrolled — a re-render after a server round trip, a smooth scroll,
 * a popup closing or a toast arriving each start the count again.
 */
export async function pageSettled(page: Page, { frames = 3, timeout = 15_000 }: { frames?: number; timeout?: number } = {}): Promise<void> {
  await page.waitForFunction(
    async (quietFrames) => {
      await Promise.all(
        Array.from(document.images, (image) =>
          image.complete
            ? null
            : new Promise((resolve) => {
                image.addEventListener('load', resolve, { once: true })
                image.addEventListener('error', resolve, { once: true })
              }),
        ),
      )
      return new Promise<boolean>((resolve) => {
        let quiet = 0
        const restart = () => {
          quiet = 0
        }
        const observer = new MutationObserver(restart)
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
        document.addEventListener('scroll', restart, { capture: true, passive: true })
        const frame = () => {
          quiet += 1
          if (quiet < quietFrames) return requestAnimationFrame(frame)
          observer.disconnect()
          document.removeEventListener('scroll', restart, { capture: true })
          resolve(true)
        }
        requestAnimationFrame(frame)
      })
    },
    frames,
    { timeout },
  )
}

/**
 * Opens what a toggle button (aria-expanded) shows. A click that lands before React has
 * hydrated the page does nothing (on a loaded CI machine 导入新版本 once stayed closed after
 * its click), so the button is clicked again, but only while it is still not expanded: a
 * second click that React handled would close it.
 */
export async function expand(button: Locator, { timeout = 60_000 }: { timeout?: number } = {}): Promise<void> {
  const until = Date.now() + timeout
  const expanded = button.and(button.page().locator('[aria-expanded="true"]'))
  await button.waitFor({ timeout })
  while ((await expanded.count()) === 0) {
    if (Date.now() > until) throw new Error(`still not expanded: ${button.toString()}`)
    await button.click()
    await expanded.waitFor({ timeout: 2_000 }).catch(() => {})
  }
}
