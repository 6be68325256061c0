import type { Page } from 'playwright-core'

/** Signs `page` in on the admin's sign-in page, as a person types it, and waits to leave it. */
export async function signInToAdmin(page: Page, adminUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${adminUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
}
