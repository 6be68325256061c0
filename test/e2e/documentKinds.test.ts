/**
 * Issue 21: the site follows the gazette's kinds as the snapshot carries them (manifest
 * gazette.kinds, from DOCUMENT_KINDS_FILE at export), without the CMS. With a list that adds
 * 预算决算 (catalogued) and leaves out 人事任免: 预算决算 is a 文种 value of the search page's
 * filter in a real browser and finds its document, has its feed, is in the catalogue and in
 * open data; a document whose stored kind (appointments) the list no longer holds is built
 * all the same, shown and filtered by its stored value, in no catalogue and with no feed.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CATALOGUES_PATH, cataloguePath, documentPath, kindFeedPath, openDataFile } from '../../core/addresses'
import { readDocumentKinds } from '../../core/documents/documentKindsFile'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { launchBrowser, openReader } from './helpers/browser'
import { buildVersionSite, documentRow, repoRoot } from './helpers/versionFixture'

const work = path.join(repoRoot, '.tmp', `e2e-document-kinds-${process.pid}`)
const kindsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongbao-kinds-e2e-'))
const kindsFile = path.join(kindsDir, 'kinds.json')

const city = { slug: 'shi-caizhengju', name: '示例市财政局', shortName: '市财政局' }
const BUDGET = 'shi-yusuan-2024'
const BUDGET_TITLE = '示例市2024年市级预算执行情况报告'
const RULE = 'shi-paishui-banfa'
const RETIRED = 'shi-renmian-2024'
const RETIRED_TITLE = '示例市人民政府关于任免工作人员的通知'

const file = (dist: string, address: string) =>
  fs.readFileSync(path.join(dist, address.endsWith('/') ? `${address}index.html` : address), 'utf8')

let distDir: string
let server: StaticServer
let browser: Browser

beforeAll(async () => {
  fs.writeFileSync(
    kindsFile,
    JSON.stringify([
      { value: 'rule', label: '政府规章' },
      { value: 'budget', label: '预算决算', catalogue: true },
      { value: 'other', label: '其他文件' },
    ]),
  )
  const row = (fields: Parameters<typeof documentRow>[0]) =>
    documentRow({ issuers: [city], writtenDate: '2024-03-01', publishedDate: '2024-03-05', effectiveDate: '2024-03-05', ...fields })
  distDir = buildVersionSite(
    work,
    [
      row({ id: BUDGET, title: BUDGET_TITLE, kind: 'budget', body: { lexical: markdownToLexical('全市一般公共预算收入执行情况良好。') } }),
      row({
        id: RULE,
        title: '示例市城市排水管理办法',
        kind: 'rule',
        body: { lexical: markdownToLexical('第一条 为了加强城市排水管理，制定本办法。') },
      }),
      row({
        id: RETIRED,
        title: RETIRED_TITLE,
        kind: 'appointments',
        body: { lexical: markdownToLexical('任命张三为示例市财政局副局长。') },
      }),
    ],
    [],
    '',
    { name: '测试公报', timeZone: 'Asia/Shanghai', kinds: [...readDocumentKinds({ DOCUMENT_KINDS_FILE: kindsFile })] },
  )
  server = await startStaticServer(distDir)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  fs.rmSync(work, { recursive: true, force: true })
  fs.rmSync(kindsDir, { recursive: true, force: true })
})

describe('a configured kind on the built site', () => {
  it('is a value of the search page’s 文种 filter, which finds its document', async () => {
    const { context, page } = await openReader(browser)
    try {
      await page.goto(`${server.url}/search/?kind=${encodeURIComponent('预算决算')}`)
      await page.waitForFunction(() => /找到|未找到/.test(document.querySelector('.search-status')?.textContent ?? ''))
      const options = await page.$$eval('select[data-filter="文种"] option', (items) => items.map((item) => item.textContent))
      // In the gazette's configured order (政府规章 before 预算决算, unlike their collation), a retired value last.
      const listed = ['政府规章（1）', '预算决算（1）', 'appointments（1）']
      expect(options.filter((option) => listed.includes(option ?? ''))).toEqual(listed)
      expect(await page.$eval('select[data-filter="文种"]', (select) => (select as HTMLSelectElement).value)).toBe('预算决算')
      const found = await page.$$eval('li.search-result > a', (links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      )
      expect(found).toEqual([documentPath(BUDGET)])
    } finally {
      await context.close()
    }
  })

  it('has its own feed, and is listed among the feeds of open data', () => {
    const feed = file(distDir, kindFeedPath('budget'))
    expect(feed).toContain('<title>测试公报 - 预算决算</title>')
    expect(feed).toContain(BUDGET_TITLE)
    expect(feed).not.toContain(RETIRED_TITLE)
    expect(file(distDir, '/data/')).toContain(`<a href="${kindFeedPath('budget')}">预算决算</a>`)
  })

  it('is catalogued when the list says so', () => {
    expect(file(distDir, CATALOGUES_PATH)).toContain('政府规章、预算决算')
    const inForce = file(distDir, cataloguePath('in-force'))
    expect(inForce).toContain(BUDGET_TITLE)
    expect(inForce).not.toContain(RETIRED_TITLE)
  })

  it('is in open data with its name, and the list with it', () => {
    const data = JSON.parse(file(distDir, openDataFile('json'))) as {
      kinds: Array<{ value: string; label: string }>
      documents: Array<{ id: string; kind: string; kindLabel: string }>
    }
    expect(data.kinds).toEqual([
      { value: 'rule', label: '政府规章' },
      { value: 'budget', label: '预算决算' },
      { value: 'other', label: '其他文件' },
    ])
    expect(data.documents.find((row) => row.id === BUDGET)).toMatchObject({ kind: 'budget', kindLabel: '预算决算' })
  })
})

describe('a stored kind the list no longer holds', () => {
  it('is built and shown as stored, with no feed of its own', () => {
    expect(file(distDir, documentPath(RETIRED))).toContain('data-pagefind-filter="文种:appointments"')
    expect(fs.existsSync(path.join(distDir, kindFeedPath('appointments')))).toBe(false)
    const data = JSON.parse(file(distDir, openDataFile('json'))) as { documents: Array<{ id: string; kindLabel: string }> }
    expect(data.documents.find((row) => row.id === RETIRED)?.kindLabel).toBe('appointments')
  })
})
