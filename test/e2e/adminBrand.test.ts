/**
 * The production admin reads as the gazette office's own system: the sign-in page shows
 * the emblem and 「<gazette name> · 公报管理」 instead of Payload's logo, the browser tab
 * carries the name and the emblem, and the breadcrumb starts with the emblem. Once with
 * the defaults (the built-in mark with the first character of the name), once with an
 * office's GAZETTE_NAME and GAZETTE_EMBLEM file. Screenshots go to .tmp/admin-brand-*.png.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { type AdminServer, startAdmin } from './helpers/adminServer'
import { launchBrowser } from './helpers/browser'

const gazetteEnv = inject('gazetteEnv')
const shots = path.resolve(import.meta.dirname, '..', '..', '.tmp')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  fs.mkdirSync(shots, { recursive: true })
})

afterAll(async () => {
  await browser?.close()
})

/** What the sign-in page shows of the brand, as the browser rendered it. */
async function loginBrand(page: Page) {
  return page.evaluate(() => {
    const emblem = document.querySelector<HTMLImageElement>('.login__brand [data-gazette-emblem]')
    return {
      heading: document.querySelector('.login__brand h1')?.textContent ?? null,
      emblemSrc: emblem?.getAttribute('src') ?? null,
      emblemLoaded: Boolean(emblem?.complete && emblem.naturalWidth > 0),
      emblemBox: emblem ? { width: emblem.getBoundingClientRect().width, height: emblem.getBoundingClientRect().height } : null,
      payloadLogo: document.querySelectorAll('.graphic-logo').length,
      title: document.title,
      icons: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((link) => link.getAttribute('href')),
    }
  })
}

describe('the admin with the default name and emblem', () => {
  let admin: AdminServer
  let page: Page

  beforeAll(async () => {
    admin = await startAdmin(gazetteEnv)
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  }, 900_000)

  afterAll(async () => {
    await page?.close()
    await admin?.stop()
  })

  it('signs in under the gazette’s name and emblem, not Payload’s logo', async () => {
    await page.goto(`${admin.url}/admin/login`)
    await page.waitForSelector('input[name="email"]')
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('[data-gazette-emblem]')?.complete)
    await page.screenshot({ path: path.join(shots, 'admin-brand-login.png') })
    const brand = await loginBrand(page)
    expect(brand.heading).toBe('政府公报（示例） · 公报管理')
    expect(brand.emblemLoaded).toBe(true)
    expect(brand.emblemBox).toEqual({ width: 56, height: 56 })
    expect(brand.payloadLogo).toBe(0)
    expect(brand.title).toBe('登录 - 政府公报（示例） · 公报管理')
    expect(brand.icons).toEqual([brand.emblemSrc])
    expect(await page.content()).not.toMatch(/payload-favicon|Payload App/)
  })

  it('serves the built-in mark with the first character of the name', async () => {
    const response = await fetch(`${admin.url}/api/brand/emblem`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
    expect(await response.text()).toContain('>政</text>')
  })

  it('starts the breadcrumb with the emblem, linking home, once signed in', async () => {
    await page.fill('input[name="email"]', gazetteEnv.ADMIN_EMAIL as string)
    await page.fill('input[name="password"]', gazetteEnv.ADMIN_PASSWORD as string)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 30_000 })
    await page.goto(`${admin.url}/admin/collections/documents`)
    const home = page.locator('a.step-nav__home[href="/admin"] [data-gazette-emblem]')
    await home.waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(shots, 'admin-brand-nav.png') })
    expect(await home.getAttribute('alt')).toBe('政府公报（示例）')
    expect(await home.evaluate((image: HTMLImageElement) => image.naturalWidth > 0 && image.getBoundingClientRect().width)).toBe(18)
    expect(await page.locator('.graphic-icon').count()).toBe(0)
    expect(await page.title()).toContain('- 政府公报（示例） · 公报管理')
  })
})

describe('the admin with an office’s own name and emblem', () => {
  const emblemFile = path.join(gazetteEnv.DATA_DIR as string, 'office-emblem.svg')
  const emblem = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#1d4ed8"/></svg>'
  let admin: AdminServer
  let page: Page

  beforeAll(async () => {
    fs.mkdirSync(path.dirname(emblemFile), { recursive: true })
    fs.writeFileSync(emblemFile, emblem)
    admin = await startAdmin({ ...gazetteEnv, GAZETTE_NAME: '河阳市人民政府公报', GAZETTE_EMBLEM: emblemFile })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  }, 900_000)

  afterAll(async () => {
    await page?.close()
    await admin?.stop()
  })

  it('shows them on the sign-in page and in the tab', async () => {
    await page.goto(`${admin.url}/admin/login`)
    await page.waitForSelector('input[name="email"]')
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('[data-gazette-emblem]')?.complete)
    await page.screenshot({ path: path.join(shots, 'admin-brand-office.png') })
    const brand = await loginBrand(page)
    expect(brand.heading).toBe('河阳市人民政府公报 · 公报管理')
    expect(brand.emblemLoaded).toBe(true)
    expect(brand.payloadLogo).toBe(0)
    expect(brand.title).toBe('登录 - 河阳市人民政府公报 · 公报管理')
    expect(brand.icons).toEqual([brand.emblemSrc])
    const served = await fetch(new URL(brand.emblemSrc as string, admin.url))
    expect(served.headers.get('content-type')).toBe('image/svg+xml')
    expect(await served.text()).toBe(emblem)
  })
})
