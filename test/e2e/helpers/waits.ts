/**
 * Web-first waits the browser tests share: each waits for something the page does, never
 * for a fixed time. playwright-core has no auto-retrying assertions (those come with
 * @playwright/test), so the waits several test files need live here, in one place.
 */
import type { Page } from 'playwright-core'

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
