/**
 * Issue 22 in a real browser: a document's versions on the static site. The snapshot is
 * assembled by the real assembler (core/snapshot/assembleSnapshot.ts, as the export does)
 * from two documents: 《互联网上网服务营业场所管理条例》 with three versions (a 原文 written for
 * this test, then the real 2019 and 2022 texts of test/fixtures/history/) and the real
 * decision that made the third (国务院令第752号, in force from 2022-05-01). The site is built
 * with Astro from it (test/e2e/helpers/versionFixture.ts).
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentOnDatePath, documentPath, versionChangesPath, versionPath } from '../../core/addresses'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { horizontalOverflow, launchBrowser, openReader } from './helpers/browser'
import { buildVersionSite, documentRow, fixtureBody, repoRoot } from './helpers/versionFixture'

const work = path.join(repoRoot, '.tmp', `e2e-versions-${process.pid}`)
const fixture = fixtureBody

const ORIGINAL_MARK = '测试编写的原文'
/** Only the 2019 text prints its items with ASCII parentheses. */
const TEXT_2019_MARK = '(一)有企业的名称'
/** The article the 2022 decision added. */
const TEXT_2022_MARK = '公安机关应当自互联网上网服务营业场所经营单位正式开展经营活动20个工作日内'

const REGULATION = 'hulianwang-shangwang-tiaoli'
/** A rule written for this test: amended once, then repealed. */
const REPEALED = 'shi-paishui-guanli-banfa'
const DECISION = 'guowuyuan-ling-752'

let server: StaticServer
let browser: Browser

beforeAll(async () => {
  const distDir = buildVersionSite(work, [
    documentRow({
      id: DECISION,
      title: '国务院关于修改和废止部分行政法规的决定',
      docNumber: '国务院令第752号',
      docNumberRaw: '国务院令第752号',
      body: { lexical: fixture('decision-752.md') },
    }),
    documentRow({
      id: REPEALED,
      title: '示例市城市排水管理办法',
      body: { lexical: markdownToLexical('第一条 为了加强城市排水管理，制定本办法。\n\n第二条 排水许可证有效期为五年。') },
      writtenDate: '2020-06-15',
      publishedDate: '2020-06-15',
      effectiveDate: '2020-07-01',
      repealedOn: '2025-03-01',
      versionKind: 'amendment',
      amendedBy: { type: 'citation', text: '示例市人民政府令第9号' },
      earlierVersions: [
        {
          kind: 'original',
          title: '示例市城市排水管理办法',
          body: markdownToLexical('第一条 为了加强城市排水管理，制定本办法。\n\n第二条 排水许可证有效期为三年。'),
          promulgatedDate: '2018-12-20',
          effectiveDate: '2019-01-01',
          amendedBy: null,
        },
      ],
    }),
    documentRow({
      id: REGULATION,
      title: '互联网上网服务营业场所管理条例',
      body: { lexical: fixture('wangba-2022.md') },
      versionKind: 'amendment',
      amendedBy: { type: 'document', documentId: DECISION },
      earlierVersions: [
        {
          kind: 'original',
          title: '互联网上网服务营业场所管理条例',
          body: markdownToLexical(
            `第一条 为了加强对互联网上网服务营业场所的管理，制定本条例。（${ORIGINAL_MARK}）\n\n第二条 本条例所称互联网上网服务营业场所，是指通过计算机等装置向公众提供互联网上网服务的营业性场所。`,
          ),
          promulgatedDate: '2002-09-29',
          effectiveDate: '2002-11-15',
          amendedBy: null,
        },
        {
          kind: 'revision',
          title: '互联网上网服务营业场所管理条例',
          body: fixture('wangba-2019.md'),
          promulgatedDate: '2019-03-24',
          effectiveDate: '2019-03-24',
          amendedBy: { type: 'citation', text: '《国务院关于修改部分行政法规的决定》（中华人民共和国国务院令第710号）' },
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

const reader = (options: { javaScript?: boolean; width?: number } = {}) => openReader(browser, options)

const bodyText = (page: Page) => page.locator('article .document-body').innerText()

describe('with script: the text in force on a day', () => {
  it.each([
    ['2002-11-14', '2002年11月14日本文件尚未施行', null],
    ['2002-11-15', '2002年11月15日有效的文本：原文', ORIGINAL_MARK],
    ['2019-03-23', '2019年3月23日有效的文本：原文', ORIGINAL_MARK],
    ['2019-03-24', '2019年3月24日有效的文本：2019年第一次修订', TEXT_2019_MARK],
    ['2022-04-30', '2022年4月30日有效的文本：2019年第一次修订', TEXT_2019_MARK],
    ['2022-05-01', '2022年5月1日有效的文本：2022年第一次修正', TEXT_2022_MARK],
  ])('on %s', async (date, message, mark) => {
    const { context, page } = await reader()
    try {
      await page.goto(`${server.url}${documentOnDatePath(REGULATION, date)}`)
      const status = page.locator('[data-version-on-date]')
      await expect.poll(() => status.innerText()).toContain(message)
      if (mark === null) {
        expect(await page.locator('article .document-body').isHidden()).toBe(true)
      } else {
        await expect.poll(() => bodyText(page)).toContain(mark)
        for (const other of [ORIGINAL_MARK, TEXT_2019_MARK, TEXT_2022_MARK].filter((m) => m !== mark)) {
          expect(await bodyText(page)).not.toContain(other)
        }
      }
      expect(await page.locator('input[name="date"]').inputValue()).toBe(date)
      if (date === '2019-03-24') {
        await page.locator('[data-version-on-date]').scrollIntoViewIfNeeded()
        await page.screenshot({ path: '/tmp/versions-date-2019.png', fullPage: false })
      }
    } finally {
      await context.close()
    }
  })

  it('says when the document was repealed, and shows no text, for a day after its repeal', async () => {
    const { context, page } = await reader()
    try {
      await page.goto(`${server.url}${documentOnDatePath(REPEALED, '2025-03-01')}`)
      await expect.poll(() => page.locator('[data-version-on-date]').innerText()).toBe('本文件已于2025年3月1日废止，2025年3月1日不再有效。')
      expect(await page.locator('article .document-body').isHidden()).toBe(true)
      await page.goto(`${server.url}${documentOnDatePath(REPEALED, '2025-02-28')}`)
      await expect.poll(() => page.locator('[data-version-on-date]').innerText()).toContain('2025年2月28日有效的文本：2020年第一次修正')
      expect(await bodyText(page)).toContain('五年')
    } finally {
      await context.close()
    }
  })

  it('the date form asks for the page with ?date=', async () => {
    const { context, page } = await reader()
    try {
      await page.goto(`${server.url}${documentPath(REGULATION)}`)
      await page.locator('input[name="date"]').fill('2020-01-01')
      await page.getByRole('button', { name: '查看' }).click()
      await page.waitForURL(/\?date=2020-01-01$/)
      await expect.poll(() => bodyText(page)).toContain(TEXT_2019_MARK)
      await page.locator('[data-version-on-date]').scrollIntoViewIfNeeded()
      await page.screenshot({ path: '/tmp/versions-document.png', fullPage: false })
    } finally {
      await context.close()
    }
  })

  it('fits 320 px, the version section and the text of the day', async () => {
    const { context, page } = await reader({ width: 320 })
    try {
      await page.goto(`${server.url}${documentOnDatePath(REGULATION, '2022-04-30')}`)
      await expect.poll(() => bodyText(page)).toContain(TEXT_2019_MARK)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.locator('#versions-heading').scrollIntoViewIfNeeded()
      await page.screenshot({ path: '/tmp/versions-document-320.png', fullPage: false })
    } finally {
      await context.close()
    }
  })
})

describe('without script: the static pages of each version', () => {
  it('lists the versions with their dates and amending document, linked to their pages', async () => {
    const { context, page } = await reader({ javaScript: false })
    try {
      await page.goto(`${server.url}${documentPath(REGULATION)}`)
      const items = page.locator('.version-list > li')
      expect(await items.count()).toBe(3)
      expect(await items.nth(0).innerText()).toContain('原文')
      expect(await items.nth(1).innerText()).toContain('国务院令第710号')
      const third = await items.nth(2).innerText()
      expect(third).toContain('2022年第一次修正')
      expect(third).toContain('2022年5月1日')
      expect(await items.nth(2).getByRole('link', { name: '国务院关于修改和废止部分行政法规的决定' }).getAttribute('href')).toBe(
        documentPath(DECISION),
      )
      await items.nth(1).getByRole('link', { name: '2019年第一次修订' }).click()
      await page.waitForURL(`${server.url}${versionPath(REGULATION, 2)}`)
      const text = await page.locator('[data-version-text]').innerText()
      expect(text).toContain(TEXT_2019_MARK)
      expect(text).not.toContain(TEXT_2022_MARK)
      const facts = await page.locator('.version-facts').innerText()
      expect(facts).toContain('2019年3月24日')
      expect(facts).toContain('2022年4月30日')
      expect(await page.getByRole('link', { name: /查看现行文本/ }).getAttribute('href')).toBe(documentPath(REGULATION))
      await page.screenshot({ path: '/tmp/versions-static-2.png', fullPage: false })
    } finally {
      await context.close()
    }
  })
})

describe('what changed', () => {
  it('marks exactly the articles the decision changed, with words, and fits 320 px', async () => {
    const { context, page } = await reader({ width: 320 })
    try {
      await page.goto(`${server.url}${versionChangesPath(REGULATION, 3)}`)
      const headings = await page.locator('.change-heading').allInnerTexts()
      expect(headings.filter((h) => h.includes('〔修改'))).toEqual([expect.stringContaining('第十一条')])
      expect(headings.filter((h) => h.includes('〔新增'))).toEqual([expect.stringContaining('第三十二条')])
      expect(headings.filter((h) => h.includes('〔删除'))).toEqual([])
      expect(await page.locator('.change-changed ins').count()).toBeGreaterThan(0)
      expect(await page.locator('.change-changed del').count()).toBeGreaterThan(0)
      expect(await page.locator('.change-changed ins').first().innerText()).toMatch(/^新增：/)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      await page.emulateMedia({ media: 'print' })
      await page.screenshot({ path: '/tmp/versions-changes-print.png', fullPage: false })
      await page.emulateMedia({ media: 'screen' })
      await page.screenshot({ path: '/tmp/versions-changes-320.png', fullPage: false })
      await page.locator('.change-changed').first().screenshot({ path: '/tmp/versions-changes-article-320.png' })
    } finally {
      await context.close()
    }
  })
})

describe('accessibility (axe-core, WCAG 2.1 A and AA) of the new pages', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }

  it.each([
    ['the document page answering a date', documentOnDatePath(REGULATION, '2020-01-01')],
    ['a version page', versionPath(REGULATION, 2)],
    ['a comparison page', versionChangesPath(REGULATION, 3)],
  ])('%s has no violations', async (_what, address) => {
    const { context, page } = await reader()
    try {
      await page.goto(`${server.url}${address}`)
      await page.waitForLoadState('networkidle')
      await page.addScriptTag({ path: axePath })
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      expect(violations).toEqual([])
    } finally {
      await context.close()
    }
  })
})
