import type { Page } from 'playwright-core'

/**
 * A REST call made from a signed-in admin page, with that person's session cookie and
 * from the admin's own origin, as the admin's own scripts make it. Throws on a refusal.
 */
export async function apiFromPage<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([m, p, b]) => {
      const response = await fetch(p as string, {
        method: m as string,
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      })
      return { status: response.status, text: await response.text() }
    },
    [method, url, body] as const,
  )
  if (result.status >= 300) throw new Error(`${method} ${url}: ${result.status} ${result.text}`)
  return JSON.parse(result.text) as T
}
