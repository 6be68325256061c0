/**
 * Validity in a real browser, on the fixture snapshot: its statuses were computed for
 * 2023-03-20 (statusAsOf), and one document (学生资助办法) took effect on 2023-04-01, after
 * that build day. A page must show the status of the day it is read, in the gazette's time
 * zone, and say 状态截至 the build day when it cannot recompute (no JavaScript). The
 * catalogues list exactly the documents of each status, and download as the same rows.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { toCalendarDate } from '../../core/calendar/calendarDate'
import { validityStatus, validityStatusLabels, type ValidityFacts, type ValidityStatus } from '../../core/documents/validity'
import { documentSchema, manifestSchema, type PublicDocument } from '../../core/snapshot/schema'
import { csvCell, csvFile } from '../../site/lib/csv'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { horizontalOverflow, launchBrowser } from './helpers/browser'
import { parseCsv } from './helpers/parseCsv'
import { formatChineseDate } from '../../core/display/chineseDate'

const repoRoot = path.resolve(import.meta.dirname, '..', '..')
const fixtureDir = path.join(repoRoot, 'test', 'fixtures', 'snapshot')
const distDir = path.join(repoRoot, '.tmp', `e2e-validity-${process.pid}`)

const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(fixtureDir, 'manifest.json'), 'utf8')))
const documents: PublicDocument[] = manifest.documents.map(({ id }) =>
  documentSchema.parse(JSON.parse(fs.readFileSync(path.join(fixtureDir, 'documents', `${id}.json`), 'utf8'))),
)
const byId = (id: string): PublicDocument => {
  const found = documents.find((document) => document.id === id)
  if (!found) throw new Error(`no fixture document ${id}`)
  return found
}
const { timeZone } = manifest.gazette
const facts = (document: PublicDocument): ValidityFacts => ({ ...document, events: document.validity.events })
const statusOn = (document: PublicDocument, day: string): ValidityStatus => validityStatus(facts(document), day)
const address = (id: string) => `/documents/${id}/`

// The document whose status changes first after the build day (学生资助办法, in force from 2023-04-01).
const changed = documents.find((document) => document.validity.nextChange === manifest.nextStatusChange) as PublicDocument
// A document repealed by another, both sides of the relation in the snapshot.
const repealed = documents.find((document) => document.relations.some((relation) => relation.side === 'repealedBy')) as PublicDocument
const repealer = byId(repealed?.relations.find((relation) => relation.side === 'repealedBy')?.documentId ?? '')

let server: StaticServer
let browser: Browser

beforeAll(async () => {
  const build = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: repoRoot,
    env: { ...process.env, SNAPSHOT_DIR: fixtureDir, DIST_DIR: distDir },
    encoding: 'utf8',
  })
  if (build.status !== 0) throw new Error(`astro build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  server = await startStaticServer(distDir)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  fs.rmSync(distDir, { recursive: true, force: true })
})

/** A fresh reader: own context, optionally at a fixed instant and in a time zone of their own. */
async function reader(
  options: { at?: string; javaScript?: boolean; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    javaScriptEnabled: options.javaScript ?? true,
    // Far from Shanghai, so that "today" only comes out right when the page uses the gazette's zone.
    timezoneId: 'America/Los_Angeles',
  })
  if (options.at) await context.clock.setFixedTime(new Date(options.at))
  return { context, page: await context.newPage() }
}

const statusRow = (page: Page) => page.locator('.metadata > div', { has: page.locator('dt', { hasText: '有效性' }) })

async function shownStatus(page: Page): Promise<{ badge: string; status: string; note: string }> {
  const row = statusRow(page)
  return {
    badge: ((await row.locator('.validity-badge').textContent()) ?? '').trim(),
    status: (await row.locator('.validity-badge').getAttribute('data-status')) ?? '',
    note: ((await row.locator('.validity-note').textContent()) ?? '').trim(),
  }
}

describe('the fixture', () => {
  it('was built on a day before a document changed status, and has a repeal recorded on both sides', () => {
    expect(manifest.statusAsOf).toBe('2023-03-20')
    expect(changed?.validity.status).toBe('not-yet-in-force')
    expect(repealed?.validity.status).toBe('repealed')
    expect(repealer.relations).toContainEqual(expect.objectContaining({ side: 'repeals', documentId: repealed.id }))
  })
})

describe('the status on a document page', () => {
  it('is corrected in the browser for today, in the gazette time zone', async () => {
    const today = toCalendarDate(new Date(), timeZone)
    const expected = statusOn(changed, today)
    expect(expected).not.toBe(changed.validity.status)
    const { context, page } = await reader()
    await page.goto(`${server.url}${address(changed.id)}`)
    await expect.poll(async () => (await shownStatus(page)).status).toBe(expected)
    const shown = await shownStatus(page)
    expect(shown.badge).toBe(validityStatusLabels[expected])
    expect(shown.note).toBe(`（状态截至今日，${formatChineseDate(today)}）`)
    await context.close()
  })

  it.each([
    // 00:30 on 1 April in Shanghai, still 31 March in UTC and in Los Angeles.
    ['2023-03-31T16:30:00Z', 'in-force', '2023年4月1日'],
    // 23:30 on 31 March in Shanghai, already 1 April in UTC.
    ['2023-03-31T15:30:00Z', 'not-yet-in-force', '2023年3月31日'],
  ] as const)('at %s reads as %s: the day is the gazette’s, not the reader’s', async (at, status, day) => {
    const { context, page } = await reader({ at })
    await page.goto(`${server.url}${address(changed.id)}`)
    await expect.poll(async () => (await shownStatus(page)).note).toContain(day)
    expect(await shownStatus(page)).toEqual({ badge: validityStatusLabels[status], status, note: `（状态截至今日，${day}）` })
    await context.close()
  })

  it('without JavaScript is the build day’s, and says so', async () => {
    const { context, page } = await reader({ javaScript: false })
    for (const document of documents) {
      await page.goto(`${server.url}${address(document.id)}`)
      expect(await shownStatus(page)).toEqual({
        badge: validityStatusLabels[document.validity.status],
        status: document.validity.status,
        note: `（状态截至${formatChineseDate(manifest.statusAsOf)}）`,
      })
    }
    await context.close()
  })

  it('carries the dates it is recomputed from, and nothing else', async () => {
    const { context, page } = await reader({ javaScript: false })
    await page.goto(`${server.url}${address(repealed.id)}`)
    const json = (await page.getAttribute('#validity-facts', 'data-validity')) ?? ''
    const { writtenDate, publishedDate, effectiveDate, expiresOn, repealedOn, validity } = repealed
    expect(JSON.parse(json)).toEqual({
      timeZone,
      asOf: manifest.statusAsOf,
      facts: { writtenDate, publishedDate, effectiveDate, expiresOn, repealedOn, events: validity.events },
    })
    await context.close()
  })

  it('is a 有效性 search filter', async () => {
    const { context, page } = await reader()
    await page.goto(`${server.url}/search/?status=${encodeURIComponent(validityStatusLabels.repealed)}`)
    await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
    const found = await page.$$eval('li.search-result > a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    )
    expect(found).toEqual([address(repealed.id)])
    await context.close()
  })
})

describe('the timeline and relations', () => {
  it('list the dated events in order, marking those still ahead', async () => {
    const { context, page } = await reader({ at: '2023-06-01T04:00:00Z' })
    await page.goto(`${server.url}${address(changed.id)}`)
    await expect.poll(async () => (await shownStatus(page)).status).toBe('in-force')
    const entries = page.locator('.timeline > li')
    const events = await entries.evaluateAll((items) =>
      items.map((item) => ({
        date: item.getAttribute('data-timeline-date'),
        kind: item.getAttribute('data-kind'),
        upcoming: !(item.querySelector('[data-upcoming-mark]') as HTMLElement).hidden,
      })),
    )
    expect(events).toEqual([
      { date: changed.writtenDate, kind: 'written', upcoming: false },
      { date: changed.publishedDate, kind: 'published', upcoming: false },
      { date: changed.effectiveDate, kind: 'effective', upcoming: false },
      // 有效期至 is the last day in force: the document expires the day after.
      { date: changed.validity.timeline.find((change) => change.status === 'expired')?.date, kind: 'expired', upcoming: true },
    ])
    expect(await entries.last().textContent()).toContain(`有效期至${formatChineseDate(changed.expiresOn ?? '')}`)
    await context.close()
  })

  it('lead from the repealed document to the one repealing it, and back', async () => {
    const { context, page } = await reader()
    await page.goto(`${server.url}${address(repealed.id)}`)
    const timeline = page.locator('.timeline > li[data-kind="repealed"]')
    expect(await timeline.textContent()).toContain(`被《${repealer.title}》废止`)
    expect(await timeline.getAttribute('data-timeline-date')).toBe(repealed.repealedOn)

    const forward = page.locator('.document-relations li', { hasText: '被' })
    expect(await forward.textContent()).toContain(`被《${repealer.title}》废止`)
    await forward.getByRole('link').click()
    await page.waitForURL((url) => url.pathname === address(repealer.id))
    expect(await page.textContent('h1')).toBe(repealer.title)

    const back = page.locator('.document-relations li', { hasText: `废止《${repealed.title}》` })
    await back.getByRole('link').click()
    await page.waitForURL((url) => url.pathname === address(repealed.id))
    expect(await page.textContent('h1')).toBe(repealed.title)
    await context.close()
  })
})

// What each catalogue must hold, from the domain rules on the fixture's own dates.
const catalogued = documents.filter((document) => ['rule', 'normative-government', 'normative-department'].includes(document.kind))
const withStatus = (...statuses: ValidityStatus[]) =>
  catalogued.filter((document) => statuses.includes(statusOn(document, manifest.statusAsOf))).map((document) => document.id)
const expectedCatalogues = {
  'in-force': { listed: withStatus('in-force', 'amended'), pending: withStatus('not-yet-in-force') },
  repealed: { listed: withStatus('repealed'), pending: [] },
  expired: { listed: withStatus('expired'), pending: [] },
} as const

const linkedIds = (page: Page, selector: string) =>
  page.$$eval(selector, (links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]))])

const csvHeader = [
  '标题',
  '发文字号',
  '统一编号',
  '发文机关',
  '成文日期',
  '施行日期',
  '有效期至',
  '废止日期',
  '有效性',
  '网址',
  '版本数',
  '历次版本',
]
const csvRow = (document: PublicDocument) => [
  document.title,
  document.docNumber ?? '',
  document.unifiedNumber ?? '',
  document.issuers.map((issuer) => issuer.name).join('、'),
  document.writtenDate,
  document.effectiveDate ?? '',
  document.expiresOn ?? '',
  document.repealedOn ?? '',
  validityStatusLabels[document.validity.status],
  address(document.id),
  // The fixture's documents were never amended: one version each (issue 22).
  '1',
  expect.stringMatching(/^原文（\d{4}-\d{2}-\d{2}公布，\d{4}-\d{2}-\d{2}施行）$/),
]

describe('the catalogues', () => {
  it('are in the navigation, and the index leads to each', async () => {
    const { context, page } = await reader()
    await page.goto(`${server.url}/`)
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '规范性文件目录' }).click()
    await page.waitForURL((url) => url.pathname === '/catalogues/')
    for (const id of Object.keys(expectedCatalogues)) expect(await page.locator(`a[href="/catalogues/${id}/"]`).count()).toBe(1)
    await context.close()
  })

  it('each hold one status, exactly', () => {
    expect(expectedCatalogues['in-force'].listed.length).toBeGreaterThan(0)
    expect(expectedCatalogues['in-force'].pending).toEqual([changed.id])
    expect(expectedCatalogues.repealed.listed).toEqual([repealed.id])
    expect(expectedCatalogues.expired.listed).toHaveLength(1)
  })

  it.each(Object.entries(expectedCatalogues))(
    '%s lists exactly its documents by issuer and by year, as of the build day',
    async (id, expected) => {
      const { context, page } = await reader({ javaScript: false })
      await page.goto(`${server.url}/catalogues/${id}/`)
      expect(await page.textContent('.as-of')).toContain(`截至${formatChineseDate(manifest.statusAsOf)}`)
      expect((await linkedIds(page, '#by-issuer .catalogue-list a.title')).sort()).toEqual([...expected.listed].sort())
      expect((await linkedIds(page, '#by-year .catalogue-list a.title')).sort()).toEqual([...expected.listed].sort())
      expect((await linkedIds(page, '#pending .catalogue-list a.title')).sort()).toEqual([...expected.pending].sort())
      // One group per issuer, holding its documents; a joint document sits under each of its issuers.
      const slugs = [...new Set(expected.listed.flatMap((doc) => byId(doc).issuers.map((issuer) => issuer.slug)))]
      const groups = await page.$$eval('#by-issuer h3', (headings) => headings.map((heading) => heading.id))
      expect(groups.sort()).toEqual(slugs.map((slug) => `issuer-${slug}`).sort())
      for (const slug of slugs) {
        const ids = expected.listed.filter((doc) => byId(doc).issuers.some((issuer) => issuer.slug === slug))
        expect((await linkedIds(page, `.catalogue-group:has(#issuer-${slug}) a.title`)).sort()).toEqual(ids.sort())
      }
      await context.close()
    },
  )

  it.each(Object.entries(expectedCatalogues))('%s downloads as CSV with a BOM, parsing back to the same rows', async (id, expected) => {
    const response = await fetch(`${server.url}/catalogues/${id}.csv`)
    expect(response.status).toBe(200)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1))
    expect(header).toEqual(csvHeader)
    expect(rows).toEqual([...expected.listed, ...expected.pending].map((doc) => csvRow(byId(doc))))
  })

  it.each(Object.entries(expectedCatalogues))('%s downloads as JSON with stable English names', async (id, expected) => {
    const file = (await (await fetch(`${server.url}/catalogues/${id}.json`)).json()) as {
      catalogue: string
      statusAsOf: string
      documents: Array<Record<string, unknown>>
    }
    expect(file.catalogue).toBe(id)
    expect(file.statusAsOf).toBe(manifest.statusAsOf)
    expect(file.documents.map((row) => row.id)).toEqual([...expected.listed, ...expected.pending])
    for (const row of file.documents) {
      const document = byId(String(row.id))
      expect(row).toEqual({
        id: document.id,
        title: document.title,
        docNumber: document.docNumber,
        unifiedNumber: document.unifiedNumber,
        issuers: document.issuers.map((issuer) => issuer.name),
        writtenDate: document.writtenDate,
        effectiveDate: document.effectiveDate,
        expiresOn: document.expiresOn,
        repealedOn: document.repealedOn,
        status: document.validity.status,
        statusLabel: validityStatusLabels[document.validity.status],
        url: address(document.id),
        versionCount: 1,
        versions: [
          expect.objectContaining({ number: 1, label: '原文', title: document.title, amendedBy: null, url: address(document.id) }),
        ],
      })
    }
  })

  it('escape CSV cells: quotes, commas, line breaks, and formulas made text', () => {
    const tricky = ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', 'a,b', '第一行\n第二行', '他说"好"', '']
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('a,"b"')).toBe('"a,""b"""')
    const file = csvFile(
      ['x'],
      tricky.map((value) => [value]),
    )
    expect(file.startsWith('\uFEFFx\r\n')).toBe(true)
    const [, ...cells] = parseCsv(file.slice(1)).map(([cell]) => cell)
    expect(cells).toEqual(['\'=HYPERLINK("http://x")', "'+1", "'-1", "'@SUM(A1)", 'a,b', '第一行\n第二行', '他说"好"', ''])
  })

  it('warn once a status has changed since the build, with JavaScript', async () => {
    const stale = await reader()
    await stale.page.goto(`${server.url}/catalogues/in-force/`)
    await expect.poll(() => stale.page.locator('.stale-notice').isVisible()).toBe(true)
    await stale.context.close()
    const fresh = await reader({ at: '2023-03-25T04:00:00Z' })
    await fresh.page.goto(`${server.url}/catalogues/in-force/`)
    expect(await fresh.page.locator('.stale-notice').isVisible()).toBe(false)
    await fresh.context.close()
  })
})

describe('/status.json', () => {
  it('tells a scheduler the status day and the next day to rebuild', async () => {
    const status = await (await fetch(`${server.url}/status.json`)).json()
    expect(status).toEqual({ statusAsOf: manifest.statusAsOf, nextStatusChange: manifest.nextStatusChange })
    expect(manifest.nextStatusChange).toBe(changed.effectiveDate)
  })
})

describe('on a 360 px phone', () => {
  it.each([
    ['a document with a timeline and relations', address(repealed.id), true],
    ['the same without JavaScript', address(repealed.id), false],
    ['the catalogue index', '/catalogues/', false],
    ['the in-force catalogue', '/catalogues/in-force/', true],
    ['the in-force catalogue without JavaScript', '/catalogues/in-force/', false],
  ])('%s has no horizontal scroll', async (_name, target, javaScript) => {
    const { context, page } = await reader({ width: 360, javaScript })
    await page.goto(`${server.url}${target}`)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await context.close()
  })
})
