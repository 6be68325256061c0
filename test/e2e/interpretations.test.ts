/**
 * 政策解读 in a real browser. On the built sample gazette: the 运城 document links to its
 * interpretation and back (互为链接), the list shows it, and search tells documents and
 * interpretations apart with the 类型 filter. On a snapshot built here: videos (played
 * from /files/, linked when external, never embedded) and withdrawal notices (撤回).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { interpretationFormLabels } from '../../core/interpretations/interpretationForms'
import { manifestSchema, type PublicInterpretation } from '../../core/snapshot/schema'
import { readSampleInterpretations, readSampleOrganizations } from '../../scripts/lib/samples'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { horizontalOverflow, launchBrowser } from './helpers/browser'
import { sampleWithTitleContaining } from './samples'
import { formatChineseDate } from '../../core/display/chineseDate'

const siteUrl = inject('siteUrl')
const repoRoot = path.resolve(import.meta.dirname, '..', '..')

const sample = sampleWithTitleContaining('运城市')
const documentAddress = `/documents/${sample.slug}/`
const interpretations = readSampleInterpretations()
const explaining = interpretations.filter((item) => item.documents.includes(sample.slug))
if (explaining.length !== 1) throw new Error(`expected one sample interpretation of ${sample.slug}, found ${explaining.length}`)
const interpretation = explaining[0] as (typeof explaining)[number]
const interpretationAddress = `/interpretations/${interpretation.slug}/`
const organizationName = (key: string | null) => readSampleOrganizations().find((org) => org.key === key)?.name
const bodyName = organizationName(interpretation.interpretationBody)

// A word the interpretation shares with the document it explains: found in both, so the
// 类型 filter alone decides which of the two a search returns.
const sharedWord = '去标识化'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
})

const text = async (selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim()

/** The value shown beside a label in a page's metadata table. */
async function metadataValue(label: string): Promise<string> {
  const row = page.locator('.metadata > div', { has: page.locator('dt', { hasText: label }) })
  return ((await row.locator('dd').textContent()) ?? '').trim()
}

describe('the sample content', () => {
  it('has an interpretation of the 运城 document, by the body the document names, with the shared word', () => {
    expect(bodyName).toBeTruthy()
    expect(interpretation.interpretationBody).toBe(sample.interpretationBody)
    expect(interpretation.body).toContain(sharedWord)
    expect(sample.body).toContain(sharedWord)
  })
})

describe('a document and its interpretation link to each other', () => {
  it('the document names the interpretation body and leads to the interpretation', async () => {
    await page.goto(`${siteUrl}${documentAddress}`)
    expect(await metadataValue('解读主体')).toBe(bodyName)

    // 相关解读 near the top jumps to the 政策解读 section.
    const jump = page.locator('.jump-link a', { hasText: '相关解读' })
    expect(await jump.isVisible()).toBe(true)
    await jump.click()
    expect(new URL(page.url()).hash).toBe('#interpretations')
    const section = page.locator('section#interpretations')
    expect(await section.locator('h2').textContent()).toBe('政策解读')
    const entry = section.locator('li', { hasText: interpretation.title })
    expect(await entry.textContent()).toContain(interpretationFormLabels[interpretation.form])
    expect(await entry.textContent()).toContain(formatChineseDate(interpretation.publishedDate))

    await entry.getByRole('link', { name: interpretation.title }).click()
    await page.waitForURL((url) => url.pathname === interpretationAddress)
  })

  it('the interpretation shows its metadata and body, and leads back to the document', async () => {
    await page.goto(`${siteUrl}${interpretationAddress}`)
    expect(await text('h1')).toBe(interpretation.title)
    expect(await metadataValue('解读主体')).toBe(bodyName)
    expect(await metadataValue('解读形式')).toBe(interpretationFormLabels[interpretation.form])
    expect(await metadataValue('发布日期')).toBe(formatChineseDate(interpretation.publishedDate))
    // Every heading of the sample's body is on the page.
    const headings = [...interpretation.body.matchAll(/^#{2,4} (.+)$/gm)].map((match) => (match[1] ?? '').trim())
    expect(headings.length).toBeGreaterThan(0)
    const shown = await page.$$eval('.document-body :is(h2, h3, h4)', (items) => items.map((item) => item.textContent?.trim()))
    expect(shown).toEqual(headings)

    const explained = page.locator('.metadata .explained')
    await explained.getByRole('link', { name: sample.title }).click()
    await page.waitForURL((url) => url.pathname === documentAddress)
    expect(await text('h1')).toBe(sample.title)
  })
})

describe('the list of interpretations', () => {
  it('is in the navigation and lists the interpretation, newest first, with the documents it explains', async () => {
    await page.goto(`${siteUrl}/`)
    await page.locator('.site-header nav').getByRole('link', { name: '政策解读' }).click()
    await page.waitForURL((url) => url.pathname === '/interpretations/')
    expect(await page.getAttribute('.site-header nav a[href="/interpretations/"]', 'aria-current')).toBe('page')

    const titles = await page.$$eval('.interpretation-list > li > a.title', (links) => links.map((link) => link.textContent?.trim()))
    const published = interpretations.filter((item) => item.disclosure === 'proactive')
    const newestFirst = [...published].sort((a, b) => b.publishedDate.localeCompare(a.publishedDate) || b.slug.localeCompare(a.slug))
    expect(titles).toEqual(newestFirst.map((item) => item.title))

    const item = page.locator('.interpretation-list > li', { hasText: interpretation.title })
    const itemText = (await item.textContent()) ?? ''
    expect(itemText).toContain(formatChineseDate(interpretation.publishedDate))
    expect(itemText).toContain(interpretationFormLabels[interpretation.form])
    expect(await item.getByRole('link', { name: sample.title }).getAttribute('href')).toBe(documentAddress)
    expect(await item.getByRole('link', { name: interpretation.title }).getAttribute('href')).toBe(interpretationAddress)
  })
})

describe('search', () => {
  /** Result addresses in the order shown, once the search has settled. */
  async function results(): Promise<string[]> {
    await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
    return page.$$eval('li.search-result > a', (links) =>
      links.map((link) => decodeURI(new URL((link as HTMLAnchorElement).href).pathname)),
    )
  }

  it('with 类型 政策解读 finds the interpretation and no document, and tags it', async () => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(sharedWord)}&type=${encodeURIComponent('政策解读')}`)
    const found = await results()
    expect(found).toContain(interpretationAddress)
    expect(found.filter((address) => !address.startsWith('/interpretations/'))).toEqual([])
    const result = page.locator('li.search-result', { has: page.locator(`a[href="${interpretationAddress}"]`) })
    expect(await result.locator('.result-tag').textContent()).toBe('政策解读')
    expect(await result.locator('.meta').textContent()).toContain(bodyName)
  })

  it('with 类型 文件, chosen on the page, finds the document and no interpretation', async () => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent(sharedWord)}`)
    const all = await results()
    expect(all).toEqual(expect.arrayContaining([documentAddress, interpretationAddress]))

    await page.selectOption('select[data-filter="类型"]', '文件')
    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === '文件')
    const found = await results()
    expect(found).toContain(documentAddress)
    expect(found.filter((address) => address.startsWith('/interpretations/'))).toEqual([])
    expect(await page.locator('li.search-result .result-tag').count()).toBe(0)
  })
})

describe('on a 360 px phone', () => {
  it.each([
    ['the interpretation page', interpretationAddress],
    ['the list of interpretations', '/interpretations/'],
  ])('%s has no horizontal scroll', async (_name, address) => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } })
    await phone.goto(`${siteUrl}${address}`)
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)
    await phone.close()
  })
})

/*
 * A snapshot made here from the fixture: one document withdrawn for good, one withdrawn
 * and republished (still public), and two video interpretations of a fixture document.
 */
describe('on a snapshot built in the test', () => {
  const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'snapshot')
  const work = path.join(repoRoot, '.tmp', `e2e-interpretations-${process.pid}`)
  const snapshotDir = path.join(work, 'snapshot')
  const distDir = path.join(work, 'dist')

  const withdrawn = { id: '2022-0031', title: '运城市人民政府办公室关于调整部分行政许可事项办理时限的通知', withdrawnOn: '2023-02-10' }
  const republished = { id: '2022-0018', withdrawnOn: '2022-08-01' }
  const video = {
    file: {
      id: 'jd-video-file',
      url: '/files/interpretations/jd-video-file/jiedu.webm',
      mimeType: 'video/webm',
      publishedDate: '2022-05-01',
    },
    external: { id: 'jd-video-link', url: 'https://video.example.org/watch/12345', mimeType: null, publishedDate: '2022-05-02' },
  }

  const figure = {
    id: 'jd-figure',
    filename: '图 1.png',
    url: `/files/interpretations/jd-figure/${encodeURIComponent('图 1.png')}`,
    alt: '政务公开工作流程示意图',
  }

  let server: StaticServer
  let site: Page

  beforeAll(async () => {
    fs.rmSync(work, { recursive: true, force: true })
    fs.cpSync(fixtureDir, snapshotDir, { recursive: true })
    const manifestFile = path.join(snapshotDir, 'manifest.json')
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')))
    const explained = manifest.documents.find((document) => document.id === '2022-0012')
    const republishedTitle = manifest.documents.find((document) => document.id === republished.id)?.title
    if (!explained || !republishedTitle) throw new Error('fixture documents 2022-0012 and 2022-0018 are needed')

    const videos: PublicInterpretation[] = Object.values(video).map((item, index) => ({
      id: item.id,
      title: `视频解读${index + 1}：《${explained.title}》`,
      form: 'video',
      interpretationBody: explained.issuers[0] ?? null,
      documents: [{ id: explained.id, title: explained.title, docNumber: explained.docNumber }],
      publishedDate: item.publishedDate,
      body: [],
      images: [],
      video: { url: item.url, mimeType: item.mimeType },
      attachments: [],
      updatedAt: '2022-05-01T00:00:00.000Z',
    }))
    // An illustrated interpretation whose figure (a name with a space and Chinese) must
    // go through Astro's image pipeline.
    const figureDir = path.join(snapshotDir, 'files', 'interpretations', figure.id)
    fs.mkdirSync(figureDir, { recursive: true })
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2b6cb0' } })
      .png()
      .toFile(path.join(figureDir, figure.filename))
    const illustrated: PublicInterpretation = {
      id: figure.id,
      title: `图解：《${explained.title}》`,
      form: 'illustrated',
      interpretationBody: explained.issuers[0] ?? null,
      documents: [{ id: explained.id, title: explained.title, docNumber: explained.docNumber }],
      publishedDate: '2022-05-03',
      body: [],
      images: [{ url: figure.url, alt: figure.alt, width: 1600, height: 900 }],
      video: null,
      attachments: [],
      updatedAt: '2022-05-03T00:00:00.000Z',
    }
    for (const item of [...videos, illustrated]) {
      fs.writeFileSync(path.join(snapshotDir, 'interpretations', `${item.id}.json`), JSON.stringify(item))
    }
    // Not a real film: the page is tested, not the codec.
    fs.mkdirSync(path.join(snapshotDir, 'files', 'interpretations', video.file.id), { recursive: true })
    fs.writeFileSync(path.join(snapshotDir, video.file.url), 'not a film')

    const summaries = [...videos, illustrated].map(({ id, title, form, interpretationBody, documents, publishedDate }) => ({
      id,
      title,
      form,
      interpretationBody,
      documents,
      publishedDate,
    }))
    // Appended out of date order: the list page must sort them itself.
    const updated = {
      ...manifest,
      interpretations: [...manifest.interpretations, ...summaries],
      withdrawn: [withdrawn, { id: republished.id, title: republishedTitle, withdrawnOn: republished.withdrawnOn }],
    }
    fs.writeFileSync(manifestFile, JSON.stringify(manifestSchema.parse(updated)))

    const build = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: repoRoot,
      env: { ...process.env, SNAPSHOT_DIR: snapshotDir, DIST_DIR: distDir },
      encoding: 'utf8',
    })
    if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
    server = await startStaticServer(distDir)
    site = await browser.newPage()
  })

  afterAll(async () => {
    await site?.close()
    await server?.close()
    fs.rmSync(work, { recursive: true, force: true })
  })

  describe('a withdrawn document', () => {
    const address = `/documents/${withdrawn.id}/`

    it('keeps its address with a notice: the title, the day, a way on', async () => {
      const response = await site.goto(`${server.url}${address}`)
      expect(response?.status()).toBe(200)
      expect((await site.textContent('h1'))?.trim()).toBe('本文件已撤回')
      const main = ((await site.textContent('main')) ?? '').replace(/\s+/g, '')
      expect(main).toContain(withdrawn.title)
      expect(main).toContain(`已于${formatChineseDate(withdrawn.withdrawnOn)}撤回`)
      expect(await site.locator('main').getByRole('link', { name: '文件库' }).getAttribute('href')).toBe('/documents/')
    })

    it('is kept out of search engines and of the site search', async () => {
      await site.goto(`${server.url}${address}`)
      expect(await site.getAttribute('meta[name="robots"]', 'content')).toBe('noindex')
      expect(await site.locator('[data-pagefind-body]').count()).toBe(0)

      await site.goto(`${server.url}/search/?q=${encodeURIComponent('行政许可事项办理时限')}`)
      await site.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
      const found = await site.$$eval('li.search-result > a', (links) => links.map((link) => (link as HTMLAnchorElement).pathname))
      expect(found).not.toContain(address)
    })

    it('is listed nowhere else on the site', () => {
      const mentions = filesUnder(distDir)
        .filter((file) => /\.(html|json|csv)$/.test(file))
        .filter((file) => path.relative(distDir, file) !== path.join('documents', withdrawn.id, 'index.html'))
        .filter((file) => fs.readFileSync(file, 'utf8').includes(withdrawn.id))
      expect(mentions).toEqual([])
    })

    it('when republished is the document again, without a notice', async () => {
      await site.goto(`${server.url}/documents/${republished.id}/`)
      expect(await site.textContent('h1')).not.toContain('撤回')
      expect(await site.locator('article[data-pagefind-body] .metadata').count()).toBe(1)
      expect(await site.locator('meta[name="robots"]').count()).toBe(0)
    })
  })

  describe('a video interpretation', () => {
    it('plays an uploaded film on the page', async () => {
      await site.goto(`${server.url}/interpretations/${video.file.id}/`)
      const player = site.locator('video[controls]')
      expect(await player.count()).toBe(1)
      expect(await player.locator('source').getAttribute('src')).toBe(video.file.url)
      expect(await player.locator('source').getAttribute('type')).toBe(video.file.mimeType)
      const response = await site.request.get(`${server.url}${video.file.url}`)
      expect(response.headers()['content-type']).toBe('video/webm')
      expect(await site.locator('iframe').count()).toBe(0)
    })

    it('links to an external film instead of embedding it', async () => {
      await site.goto(`${server.url}/interpretations/${video.external.id}/`)
      expect(await site.getByRole('link', { name: '观看视频' }).getAttribute('href')).toBe(video.external.url)
      expect(await site.locator('video, iframe, embed, object').count()).toBe(0)
    })

    it('is listed newest first with the others', async () => {
      await site.goto(`${server.url}/interpretations/`)
      const dates = await site.$$eval('.interpretation-list time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''))
      expect(dates.length).toBe(4)
      expect(dates).toEqual([...dates].sort().reverse())
    })
  })

  describe('an illustrated interpretation', () => {
    it('shows its figure as responsive AVIF and WebP from the image pipeline', async () => {
      await site.setViewportSize({ width: 360, height: 800 })
      await site.goto(`${server.url}/interpretations/${figure.id}/`)
      const picture = site.locator('.figures picture')
      expect(await picture.count()).toBe(1)
      for (const type of ['image/avif', 'image/webp']) {
        const srcset = (await picture.locator(`source[type="${type}"]`).getAttribute('srcset')) ?? ''
        const candidates = srcset.split(',').map((candidate) => candidate.trim().split(' '))
        expect(candidates.map(([, width]) => width)).toEqual(['360w', '720w', '1080w', '1440w'])
        for (const [url] of candidates) {
          const response = await site.request.get(`${server.url}${url}`)
          expect(response.status(), url).toBe(200)
          expect(response.headers()['content-type']).toBe(type)
        }
      }
      const image = picture.locator('img')
      expect(await image.getAttribute('alt')).toBe(figure.alt)
      // The browser picked a variant no wider than it needs, in a modern format.
      const current = await image.evaluate((img) => (img as HTMLImageElement).currentSrc)
      expect(current).toMatch(/\.(avif|webp)$/)
      expect(await image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeLessThanOrEqual(1080)
      expect(await horizontalOverflow(site)).toBeLessThanOrEqual(0)
    })
  })
})

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}
