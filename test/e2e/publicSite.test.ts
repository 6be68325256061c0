/**
 * The public site as a whole: every built page passes axe-core's WCAG 2.1 A/AA rules, every
 * internal link resolves to a built file, the feeds and open-data files hold the sample
 * documents, and no page of any kind scrolls sideways on a 320 px phone.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { manifestSchema, type Manifest } from '../../core/snapshot/schema'
import { horizontalOverflow, launchBrowser } from './helpers/browser'
import { parseCsv } from './helpers/parseCsv'
import { samples } from './samples'

const siteUrl = inject('siteUrl')
const distDir = inject('distDir')
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? walk(full) : [full]
  })
}

// Pagefind's own files are not pages of the site.
const htmlFiles = walk(distDir).filter((file) => file.endsWith('.html') && !file.includes(`${path.sep}pagefind${path.sep}`))

function urlPathOf(file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).map(encodeURIComponent).join('/')
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`
}

const isRedirect = (html: string) => /<meta[^>]+http-equiv="refresh"/i.test(html)

function readManifest(): Manifest {
  const snapshotDir = inject('gazetteEnv').SNAPSHOT_DIR as string
  return manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(snapshotDir, 'manifest.json'), 'utf8')))
}

type Violation = { id: string; impact: string | null; targets: string[] }

async function axeViolations(): Promise<Violation[]> {
  return axeViolationsOn(page)
}

async function axeViolationsOn(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }>
        }
      }
    ).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }))
  }, WCAG_TAGS)
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('finds the built pages', () => {
    expect(htmlFiles.length).toBeGreaterThan(10)
  })

  it('catches a violation (control of the harness)', async () => {
    await page.goto(`${siteUrl}/`)
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' })))
    expect((await axeViolations()).map((v) => v.id)).toContain('image-alt')
  })

  for (const file of htmlFiles) {
    const urlPath = urlPathOf(file)
    const html = fs.readFileSync(file, 'utf8')
    it(`${decodeURI(urlPath)} has no violations`, async () => {
      const url = `${siteUrl}${urlPath}`
      // Number addresses meta-refresh to their document: served here without the refresh, so axe sees them.
      if (isRedirect(html)) {
        await page.route(url, (route) =>
          route.fulfill({ contentType: 'text/html; charset=utf-8', body: html.replace(/<meta[^>]+http-equiv="refresh"[^>]*>/i, '') }),
        )
      }
      await page.goto(url)
      await page.unrouteAll()
      expect(await axeViolations()).toEqual([])
    })
  }
})

/** The file a site-relative address is served from, or null when there is none. */
function servedFile(address: string): string | null {
  const pathname = decodeURIComponent(address.split(/[?#]/)[0] as string)
  const candidate = path.join(distDir, pathname)
  if (pathname.endsWith('/')) return fs.existsSync(path.join(candidate, 'index.html')) ? candidate : null
  return fs.existsSync(candidate) && fs.statSync(candidate).isFile() ? candidate : null
}

describe('internal links and assets', () => {
  it('every href and src starting with / resolves to a built file', () => {
    const missing: string[] = []
    for (const file of htmlFiles) {
      const html = fs.readFileSync(file, 'utf8')
      for (const [, address] of html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"]*)"/g)) {
        const decoded = (address as string).replace(/&amp;/g, '&')
        if (!servedFile(decoded)) missing.push(`${urlPathOf(file)} → ${decoded}`)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('feeds', () => {
  const feedPaths = () =>
    walk(path.join(distDir, 'feeds'))
      .filter((file) => file.endsWith('.xml'))
      .map((file) => `/${path.relative(distDir, file).split(path.sep).join('/')}`)

  it('the home page links the feed of all documents', async () => {
    await page.goto(`${siteUrl}/`)
    expect(await page.getAttribute('link[rel="alternate"][type="application/atom+xml"]', 'href')).toBe('/feeds/documents.xml')
  })

  it('every feed is well-formed Atom, and together they list every sample document', async () => {
    await page.goto(`${siteUrl}/`)
    const listed = new Set<string>()
    const paths = feedPaths()
    expect(paths).toContain('/feeds/documents.xml')
    expect(paths.some((p) => p.startsWith('/feeds/issuers/'))).toBe(true)
    expect(paths.some((p) => p.startsWith('/feeds/kinds/'))).toBe(true)
    for (const feedPath of paths) {
      const feed = await page.evaluate(async (address) => {
        const xml = new DOMParser().parseFromString(await (await fetch(address)).text(), 'application/xml')
        const atom = 'http://www.w3.org/2005/Atom'
        return {
          error: xml.getElementsByTagName('parsererror').length > 0,
          root: `${xml.documentElement.namespaceURI} ${xml.documentElement.localName}`,
          ids: [...xml.getElementsByTagNameNS(atom, 'id')].length,
          titles: [...xml.getElementsByTagNameNS(atom, 'entry')].map((e) => e.getElementsByTagNameNS(atom, 'title')[0]?.textContent ?? ''),
        }
      }, feedPath)
      expect(feed.error, feedPath).toBe(false)
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed')
      expect(feed.ids).toBe(feed.titles.length + 1)
      feed.titles.forEach((title) => listed.add(title))
    }
    for (const sample of samples) expect(listed).toContain(sample.title)
  })

  it('dates each entry by when its published version last changed, as the document itself says', () => {
    const snapshotDir = inject('gazetteEnv').SNAPSHOT_DIR as string
    const xml = fs.readFileSync(path.join(distDir, 'feeds', 'documents.xml'), 'utf8')
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map(([entry]) => ({
      id: /\/documents\/([^/"]+)\//.exec(entry)?.[1],
      updated: /<updated>([^<]+)<\/updated>/.exec(entry)?.[1],
    }))
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const document = JSON.parse(fs.readFileSync(path.join(snapshotDir, 'documents', `${entry.id}.json`), 'utf8')) as {
        updatedAt: string
        publishedDate: string
      }
      const changed = new Date(document.updatedAt).toISOString()
      const publicationDay = `${document.publishedDate}T00:00:00Z`
      expect(entry.updated, entry.id).toBe(changed > publicationDay ? changed : publicationDay)
    }
  })
})

describe('open data', () => {
  it('documents.csv parses back to the manifest documents, and matches documents.json', () => {
    const manifest = readManifest()
    const text = fs.readFileSync(path.join(distDir, 'data', 'documents.csv'), 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const [header, ...rows] = parseCsv(text.slice(1))
    const records = rows.map((row) => Object.fromEntries((header as string[]).map((field, i) => [field, row[i] ?? ''])))
    expect(records.map((r) => r.id)).toEqual(manifest.documents.map((d) => d.id))
    for (const [i, document] of manifest.documents.entries()) {
      const record = records[i] as Record<string, string>
      expect(record.title).toBe(document.title)
      expect(record.docNumber).toBe(document.docNumber ?? '')
      expect(record.kind).toBe(document.kind)
      expect(record.issuers).toBe(document.issuers.map((issuer) => issuer.name).join('；'))
      expect(record.publishedDate).toBe(document.publishedDate)
      expect(record.status).toBe(document.status)
      expect(record.statusAsOf).toBe(manifest.statusAsOf)
    }
    const json = JSON.parse(fs.readFileSync(path.join(distDir, 'data', 'documents.json'), 'utf8')) as { documents: Array<{ id: string }> }
    expect(json.documents.map((d) => d.id)).toEqual(records.map((r) => r.id))
  })
})

describe('no horizontal scroll at 320 px', () => {
  const firstUnder = (prefix: string) => {
    const found = htmlFiles.map(urlPathOf).find((p) => p.startsWith(prefix) && p !== prefix)
    if (!found) throw new Error(`no page under ${prefix}`)
    return found
  }
  const kinds: Array<[string, () => string]> = [
    ['home', () => '/'],
    ['list', () => '/documents/'],
    ['document', () => firstUnder('/documents/')],
    ['interpretation', () => firstUnder('/interpretations/')],
    ['issue archive', () => '/issues/'],
    ['issue', () => firstUnder('/issues/2')],
    ['search', () => '/search/'],
    ['catalogue', () => '/catalogues/in-force/'],
    ['numbers', () => '/numbers/'],
    ['data', () => '/data/'],
    ['about', () => '/about/'],
  ]
  for (const [kind, address] of kinds) {
    it(`${kind} page`, async () => {
      await page.setViewportSize({ width: 320, height: 640 })
      await page.goto(`${siteUrl}${address()}`)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    })
  }
})

describe('大字模式 and print', () => {
  it('the toggle is hidden without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${siteUrl}/`)
    expect(await noScript.isVisible('.text-size-toggle')).toBe(false)
    await context.close()
  })

  it('switches large text on, and the choice persists to the next page', async () => {
    const context = await browser.newContext()
    const reader = await context.newPage()
    await reader.goto(`${siteUrl}/`)
    const fontSize = () => reader.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
    const normal = await fontSize()
    await reader.click('.text-size-toggle')
    expect(await reader.getAttribute('.text-size-toggle', 'aria-pressed')).toBe('true')
    expect(await fontSize()).toBeGreaterThan(normal)
    await reader.goto(`${siteUrl}/documents/`)
    expect(await reader.evaluate(() => document.documentElement.classList.contains('large-text'))).toBe(true)
    expect(await reader.getAttribute('.text-size-toggle', 'aria-pressed')).toBe('true')
    expect(await axeViolationsOn(reader)).toEqual([])
    await reader.click('.text-size-toggle')
    await reader.reload()
    expect(await fontSize()).toBe(normal)
    await context.close()
  })

  it('prints a document without navigation or search, black on white, with link targets written out', async () => {
    const sample = samples[0]
    if (!sample) throw new Error('no samples')
    await page.setViewportSize({ width: 1024, height: 800 })
    await page.goto(`${siteUrl}/documents/${sample.slug}/`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.isVisible('.site-header nav')).toBe(false)
    expect(await page.isVisible('.text-size-toggle')).toBe(false)
    const style = await page.evaluate(() => {
      const body = getComputedStyle(document.body)
      const link = document.querySelector('main a[href^="/"]')
      return { color: body.color, background: body.backgroundColor, after: link ? getComputedStyle(link, '::after').content : null }
    })
    expect(style.color).toBe('rgb(0, 0, 0)')
    expect(style.background).toBe('rgb(255, 255, 255)')
    if (style.after !== null) expect(style.after).toMatch(/\(/)
    await page.emulateMedia({ media: 'screen' })
  })
})
