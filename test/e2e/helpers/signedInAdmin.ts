/**
 * What most admin tests begin with: the production admin started (adminServer.ts), a
 * browser, and a page signed in as the first admin. Start it in beforeAll and close it in
 * afterAll.
 */
import type { Browser, Page } from 'playwright-core'

import { type AdminServer, startAdmin } from './adminServer'
import { signInToAdmin } from './adminSignIn'
import { launchBrowser } from './browser'

export type SignedInAdmin = { admin: AdminServer; browser: Browser; page: Page; close(): Promise<void> }

export async function signedInAdmin(
  gazetteEnv: Record<string, string>,
  viewport: { width: number; height: number } = { width: 1280, height: 1000 },
): Promise<SignedInAdmin> {
  const admin = await startAdmin(gazetteEnv)
  const browser = await launchBrowser()
  const page = await browser.newPage({ viewport })
  await signInToAdmin(page, admin.url, gazetteEnv.ADMIN_EMAIL as string, gazetteEnv.ADMIN_PASSWORD as string)
  return {
    admin,
    browser,
    page,
    close: async () => {
      await browser.close()
      await admin.stop()
    },
  }
}
