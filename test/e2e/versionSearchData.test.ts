/**
 * Issue 22, search and downloads: a document renamed by a revision (《示例市物业管理暂行办法》,
 * amended once, then revised as 《示例市物业管理办法》) is found in a real browser by its earlier
 * title, first and once, shown under its title now; its version pages are no search results
 * of their own; open data and the catalogue carry its versions in JSON and CSV. The snapshot
 * is assembled by the real assembler and the site built with Astro
 * (test/e2e/helpers/versionFixture.ts).
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { catalogueFile, documentPath, openDataFile, searchPath, versionPath } from '../../core/addresses'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { launchBrowser } from './helpers/browser'
import { parseCsv } from './helpers/parseCsv'
import { buildVersionSite, documentRow, repoRoot } from './helpers/versionFixture'

const work = path.join(repoRoot, '.tmp', `e2e-version-search-${process.pid}`)

/** Revised and renamed: 原文 (2015), a 修正 by a decision outside the gazette (2018), a 修订 by a decision in it (2022). */
const RENAMED = 'shi-wuye-guanli-banfa'
const EARLIER_TITLE = '示例市物业管理暂行办法'
const CURRENT_TITLE = '示例市物业管理办法'
/** The revising decision, whose own title holds the earlier title: full text alone would list it first. */
const DECISION = 'shi-xiuding-wuye-jueding'
const DECISION_TITLE = `示例市人民政府关于修订《${EARLIER_TITLE}》的决定`
const CITATION = '《示例市人民政府关于修改部分规章的决定》（示例市人民政府令第8号）'
/** Never amended: one version. */
const PLAIN = 'shi-paishui-guanli-banfa'
const city = { slug: 'shi-zhengfu', name: '示例市人民政府', shortName: '市政府' }

/** A city rule: the shared row's defaults, issued by the city. */
const row = (fields: Parameters<typeof documentRow>[0]) =>
  documentRow({ kind: 'rule', issuers: [city], writtenDate: '2022-03-20', ...fields })

const text = (markdown: string) => markdownToLexical(markdown)

let server: StaticServer
let distDir: string
let browser: Browser

beforeAll(async () => {
  distDir = buildVersionSite(work, [
    row({
      id: DECISION,
      title: DECISION_TITLE,
      kind: 'other',
      body: {
        lexical: text(`市人民政府决定对《${EARLIER_TITLE}》进行修订，修订后的名称为《${CURRENT_TITLE}》，自2022年5月1日起施行。`),
      },
    }),
    row({
      id: PLAIN,
      title: '示例市城市排水管理办法',
      kind: 'normative-government',
      writtenDate: '2021-06-01',
      publishedDate: '2021-06-15',
      effectiveDate: '2021-07-01',
      body: { lexical: text('第一条 为了加强城市排水管理，制定本办法。') },
    }),
    row({
      id: RENAMED,
      title: CURRENT_TITLE,
      body: {
        lexical: text('第一条 为了规范物业管理活动，维护业主和物业服务人的合法权益，制定本办法。\n\n第二条 本办法自2022年5月1日起施行。'),
      },
      versionKind: 'revision',
      amendedBy: { type: 'document', documentId: DECISION },
      earlierVersions: [
        {
          kind: 'original',
          title: EARLIER_TITLE,
          body: text('第一条 为了规范物业管理活动，制定本暂行办法。\n\n第二条 物业服务收费实行政府指导价。'),
          promulgatedDate: '2015-06-01',
          effectiveDate: '2015-07-01',
          amendedBy: null,
        },
        {
          kind: 'amendment',
          title: EARLIER_TITLE,
          body: text('第一条 为了规范物业管理活动，制定本暂行办法。\n\n第二条 物业服务收费实行市场调节价。'),
          promulgatedDate: '2018-11-20',
          effectiveDate: '2019-01-01',
          amendedBy: { type: 'citation', text: CITATION },
        },
      ],
    }),
  ])
  server = await startStaticServer(distDir)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

type Shown = { url: string; title: string; label: string | null; reasons: string | null }

/** The results of a search on the built site, in the order shown. */
async function searchFor(query: string): Promise<Shown[]> {
  const context = await browser.newContext()
  try {
    const page: Page = await context.newPage()
    await page.goto(`${server.url}${searchPath(query)}`)
    await page.waitForFunction((wanted) => document.querySelector<HTMLElement>('ol.search-results')?.dataset.query === wanted, query)
    return await page.$$eval('ol.search-results > li.search-result', (items) =>
      items.map((item) => {
        const link = item.querySelector('a') as HTMLAnchorElement
        return {
          url: new URL(link.href).pathname,
          title: link.textContent ?? '',
          label: item.querySelector('.match-label')?.textContent ?? null,
          reasons: item.querySelector('.match-reasons')?.textContent ?? null,
        }
      }),
    )
  } finally {
    await context.close()
  }
}

describe('search by an earlier version’s title', () => {
  it.each([
    ['as typed', EARLIER_TITLE],
    ['in book-title marks', `《${EARLIER_TITLE}》`],
  ])('finds the document %s, first and once, under its title now', async (_how, query) => {
    const shown = await searchFor(query)
    expect(shown[0]).toEqual({ url: documentPath(RENAMED), title: CURRENT_TITLE, label: `曾用标题：${EARLIER_TITLE}`, reasons: null })
    expect(shown.filter((result) => result.url === documentPath(RENAMED))).toHaveLength(1)
    // The decision that renamed it is found too, by its own words, after it.
    expect(shown.map((result) => result.url)).toContain(documentPath(DECISION))
    expect(shown.filter((result) => result.url.includes('/versions/'))).toEqual([])
  })

  it('finds it by words only the earlier title has, once, saying it matched 曾用标题', async () => {
    const shown = await searchFor('物业管理暂行')
    const found = shown.filter((result) => result.url === documentPath(RENAMED))
    expect(found).toHaveLength(1)
    expect(found[0]?.title).toBe(CURRENT_TITLE)
    expect(found[0]?.reasons).toMatch(/^匹配：.*曾用标题/)
    expect(shown.filter((result) => result.url.includes('/versions/'))).toEqual([])
  })

  it('indexes no version page: the search index holds the three documents only', async () => {
    // The version pages exist…
    for (const number of [1, 2, 3]) expect((await fetch(`${server.url}${versionPath(RENAMED, number)}`)).status).toBe(200)
    // …but Pagefind indexed one page per document.
    const entry = JSON.parse(fs.readFileSync(path.join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>
    }
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(3)
  })
})

/** The versions of RENAMED as both downloads give them in JSON (the site has no SITE_URL here). */
const renamedVersions = [
  {
    number: 1,
    label: '原文',
    kind: 'original',
    kindLabel: '原文',
    title: EARLIER_TITLE,
    promulgatedDate: '2015-06-01',
    effectiveDate: '2015-07-01',
    until: '2018-12-31',
    amendedBy: null,
    url: versionPath(RENAMED, 1),
  },
  {
    number: 2,
    label: '2018年第一次修正',
    kind: 'amendment',
    kindLabel: '修正',
    title: EARLIER_TITLE,
    promulgatedDate: '2018-11-20',
    effectiveDate: '2019-01-01',
    until: '2022-04-30',
    amendedBy: { type: 'citation', text: CITATION },
    url: versionPath(RENAMED, 2),
  },
  {
    number: 3,
    label: '2022年第一次修订',
    kind: 'revision',
    kindLabel: '修订',
    title: CURRENT_TITLE,
    promulgatedDate: '2022-03-29',
    effectiveDate: '2022-05-01',
    until: null,
    amendedBy: { type: 'document', id: DECISION, title: DECISION_TITLE, url: documentPath(DECISION) },
    url: versionPath(RENAMED, 3),
  },
]

const plainVersions = [
  {
    number: 1,
    label: '原文',
    kind: 'original',
    kindLabel: '原文',
    title: '示例市城市排水管理办法',
    promulgatedDate: '2021-06-15',
    effectiveDate: '2021-07-01',
    until: null,
    amendedBy: null,
    // A document with one text has no version pages: its text is its own page.
    url: documentPath(PLAIN),
  },
]

const renamedCell = [
  `原文《${EARLIER_TITLE}》（2015-06-01公布，2015-07-01施行）`,
  `2018年第一次修正《${EARLIER_TITLE}》（2018-11-20公布，2019-01-01施行）`,
  '2022年第一次修订（2022-03-29公布，2022-05-01施行）',
].join('；')
const plainCell = '原文（2021-06-15公布，2021-07-01施行）'

async function download(address: string): Promise<string> {
  const response = await fetch(`${server.url}${address}`)
  expect(response.status).toBe(200)
  return response.text()
}

/** A CSV download as records by heading. */
async function csvRecords(address: string): Promise<Array<Record<string, string>>> {
  const response = await fetch(`${server.url}${address}`)
  expect(response.status).toBe(200)
  // Decoded with its byte order mark kept, to see that it leads (spreadsheets need it).
  const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
  expect(body.startsWith('\uFEFF')).toBe(true)
  const [header, ...rows] = parseCsv(body.slice(1))
  return rows.map((cells) => Object.fromEntries((header ?? []).map((heading, index) => [heading, cells[index] ?? ''])))
}

type JsonDownload = { documents: Array<{ id: string; versionCount: number; versions: unknown[] }> }

describe('open data carries the versions', () => {
  it('documents.json lists every version with its name, title, dates, amending document and page', async () => {
    const file = JSON.parse(await download(openDataFile('json'))) as JsonDownload
    const byId = new Map(file.documents.map((document) => [document.id, document]))
    expect(byId.get(RENAMED)).toMatchObject({ title: CURRENT_TITLE, versionCount: 3, versions: renamedVersions })
    expect(byId.get(PLAIN)).toMatchObject({ versionCount: 1, versions: plainVersions })
    // Every address a version names is a page of the site.
    for (const version of renamedVersions) {
      expect((await fetch(`${server.url}${version.url}`)).status).toBe(200)
      if (version.amendedBy?.type === 'document') expect((await fetch(`${server.url}${version.amendedBy.url}`)).status).toBe(200)
    }
  })

  it('documents.csv has a count column and the versions in one cell', async () => {
    const records = await csvRecords(openDataFile('csv'))
    expect(records.find((record) => record.id === RENAMED)).toMatchObject({ versionCount: '3', versions: renamedCell })
    expect(records.find((record) => record.id === PLAIN)).toMatchObject({ versionCount: '1', versions: plainCell })
  })

  it('the /data/ page explains the new fields', async () => {
    const page = await download('/data/')
    expect(page).toContain('<code>versionCount</code>')
    expect(page).toContain('<code>versions</code>')
  })
})

describe('the catalogue carries the versions', () => {
  it('in JSON, as open data gives them', async () => {
    const file = JSON.parse(await download(catalogueFile('in-force', 'json'))) as JsonDownload
    expect(file.documents.map((document) => document.id).sort()).toEqual([PLAIN, RENAMED].sort())
    const byId = new Map(file.documents.map((document) => [document.id, document]))
    expect(byId.get(RENAMED)).toMatchObject({ versionCount: 3, versions: renamedVersions })
    expect(byId.get(PLAIN)).toMatchObject({ versionCount: 1, versions: plainVersions })
  })

  it('in CSV, as the last two columns', async () => {
    const records = await csvRecords(catalogueFile('in-force', 'csv'))
    expect(Object.keys(records[0] ?? {}).slice(-2)).toEqual(['版本数', '历次版本'])
    expect(records.find((record) => record['标题'] === CURRENT_TITLE)).toMatchObject({ 版本数: '3', 历次版本: renamedCell })
    expect(records.find((record) => record['标题'] === '示例市城市排水管理办法')).toMatchObject({ 版本数: '1', 历次版本: plainCell })
  })
})
