/**
 * Issue 22 in a real browser: any two versions of a document compared. The site is built with
 * Astro from a snapshot assembled by the real assembler (helpers/versionFixture.ts) holding
 * 《互联网上网服务营业场所管理条例》 in three versions: the real 2019 text (as the 原文 here),
 * the real 2022 text made by 国务院令第752号, and a third made for this test from the 2022
 * text with 第二十条 reworded. Comparing version 1 with version 3 spans both amendments, which
 * neither changes page shows. The articles it must mark are computed here from the fixture
 * texts, article by article, not by the site's comparison code (helpers/changedArticles.ts). Beside it: a document with two
 * versions (no comparison form), and one with three versions of plain paragraphs whose texts
 * are written like markup (shown as text, never run).
 */
import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { comparisonPath, documentPath, versionChangesPath, versionComparePath, versionPairPath, versionPath } from '../../core/addresses'
import { markdownToLexical } from '../../scripts/lib/markdownToLexical'
import { type StaticServer, startStaticServer } from '../../scripts/lib/staticServer'
import { horizontalOverflow, launchBrowser, openReader } from './helpers/browser'
import { expectedChanges, expectExactlyTheChangedArticles } from './helpers/changedArticles'
import { buildVersionSite, documentRow, fixtureBody, fixtureText, printedIssue, repoRoot } from './helpers/versionFixture'

const work = path.join(repoRoot, '.tmp', `e2e-version-compare-${process.pid}`)

const REGULATION = 'hulianwang-shangwang-tiaoli'
const TWO_VERSIONS = 'shi-paishui-guanli-banfa'
const MARKUP = 'shi-tongzhi-biaoji'
const DECISION = 'guowuyuan-ling-752'
const TITLE = '互联网上网服务营业场所管理条例'

const TEXT_2019 = fixtureText('wangba-2019.md')
const TEXT_2022 = fixtureText('wangba-2022.md')
/** The third version: the 2022 text with one article reworded for this test. */
const ARTICLE_20_2022 = '在营业场所的显著位置悬挂'
const TEXT_THIRD = TEXT_2022.replace(ARTICLE_20_2022, '在营业场所入口处的显著位置悬挂')

/** Paragraph texts that look like markup: a page that let them through would run them. */
const INJECTED = '<img src="x" onerror="window.__injected = true">'
const MARKUP_TEXTS = [
  `第一段：通知正文。\n\n第二段：${INJECTED}原有的文字。`,
  `第一段：通知正文。\n\n第二段：${INJECTED}修改的文字。`,
  `第一段：通知正文。\n\n第二段：${INJECTED}再次修改的文字。\n\n第三段：<script>window.__injected = true</script>新增的段落。`,
]

let server: StaticServer
let browser: Browser

beforeAll(async () => {
  const distDir = buildVersionSite(
    work,
    [
      documentRow({
        id: DECISION,
        title: '国务院关于修改和废止部分行政法规的决定',
        docNumber: '国务院令第752号',
        docNumberRaw: '国务院令第752号',
        body: { lexical: fixtureBody('decision-752.md') },
      }),
      documentRow({
        id: REGULATION,
        title: TITLE,
        body: { lexical: markdownToLexical(TEXT_THIRD) },
        writtenDate: '2023-12-01',
        publishedDate: '2023-12-01',
        effectiveDate: '2024-01-01',
        versionKind: 'amendment',
        amendedBy: { type: 'citation', text: '测试用修改决定' },
        earlierVersions: [
          {
            kind: 'original',
            title: TITLE,
            body: fixtureBody('wangba-2019.md'),
            promulgatedDate: '2019-03-24',
            effectiveDate: '2019-03-24',
            amendedBy: null,
          },
          {
            kind: 'amendment',
            title: TITLE,
            body: fixtureBody('wangba-2022.md'),
            promulgatedDate: '2022-03-29',
            effectiveDate: '2022-05-01',
            amendedBy: { type: 'document', documentId: DECISION },
          },
        ],
      }),
      documentRow({
        id: TWO_VERSIONS,
        title: '示例市城市排水管理办法',
        body: { lexical: markdownToLexical('第一条 为了加强城市排水管理，制定本办法。\n\n第二条 排水许可证有效期为五年。') },
        writtenDate: '2020-06-15',
        publishedDate: '2020-06-15',
        effectiveDate: '2020-07-01',
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
        id: MARKUP,
        title: '示例市关于<b>标记</b>的通知',
        body: { lexical: markdownToLexical(MARKUP_TEXTS[2] as string) },
        writtenDate: '2024-06-01',
        publishedDate: '2024-06-01',
        effectiveDate: '2024-06-01',
        versionKind: 'correction',
        amendedBy: null,
        earlierVersions: [
          {
            kind: 'original',
            title: '示例市关于<b>标记</b>的通知',
            body: markdownToLexical(MARKUP_TEXTS[0] as string),
            promulgatedDate: '2024-01-02',
            effectiveDate: '2024-01-02',
            amendedBy: null,
          },
          {
            kind: 'correction',
            title: '示例市关于<b>标记</b>的通知',
            body: markdownToLexical(MARKUP_TEXTS[1] as string),
            promulgatedDate: '2024-03-01',
            effectiveDate: '2024-03-01',
            amendedBy: null,
          },
        ],
      }),
    ],
    [
      // The 2018 原文 printed in 2019 (with another document first), the 2020 修正 in 2020: each version cites its own.
      printedIssue(2019, 1, '2019-01-10', [
        { id: DECISION, title: '国务院关于修改和废止部分行政法规的决定' },
        { id: TWO_VERSIONS, title: '示例市城市排水管理办法' },
      ]),
      printedIssue(2020, 7, '2020-06-20', [{ id: TWO_VERSIONS, title: '示例市城市排水管理办法' }]),
    ],
  )
  server = await startStaticServer(distDir)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

const reader = (options: { javaScript?: boolean; width?: number } = {}) => openReader(browser, options)

async function withReader(options: { javaScript?: boolean; width?: number }, run: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await reader(options)
  try {
    await run(page)
  } finally {
    await context.close()
  }
}

describe('the expectation computed from the fixture texts', () => {
  it('is the two amendments together: 第十一条 and 第二十条 changed, 第三十二条 added, nothing deleted', () => {
    // Guards the test against a fixture that would make it vacuous.
    expect(expectedChanges(TEXT_2019, TEXT_THIRD)).toEqual({
      inNew: ['第十一条', '第二十条', '第三十二条'],
      inOld: ['第十一条', '第二十条'],
    })
    expect(expectedChanges(TEXT_2019, TEXT_2022).inNew).not.toContain('第二十条')
  })
})

describe('with script: the form opens the comparison of the two versions chosen', () => {
  it('从 原文 到 the current text opens /compare/1-3/, which marks exactly the articles that differ', async () => {
    await withReader({}, async (page) => {
      await page.goto(`${server.url}${documentPath(REGULATION)}`)
      await page.locator('.versions').getByRole('link', { name: '比较任意两个版本' }).click()
      await page.waitForURL(`${server.url}${versionComparePath(REGULATION)}`)
      await page.getByLabel('从', { exact: true }).selectOption({ label: '原文' })
      await page.getByLabel('到', { exact: true }).selectOption({ label: '2023年第二次修正（现行文本）' })
      await page.getByRole('button', { name: '比较' }).click()
      await page.waitForURL(`${server.url}${versionPairPath(REGULATION, 1, 3)}`)
      await expectExactlyTheChangedArticles(page, TEXT_2019, TEXT_THIRD)
      expect(await page.locator('.version-kicker').innerText()).toBe('2023年第二次修正与原文对照')
      expect(await page.locator('.change-changed').filter({ hasText: '第二十条' }).locator('ins').innerText()).toContain('入口处')
    })
  })

  it('the earlier version first whichever select holds it; consecutive versions open their changes page', async () => {
    await withReader({}, async (page) => {
      await page.goto(`${server.url}${versionComparePath(REGULATION)}`)
      await page.getByLabel('从', { exact: true }).selectOption('3')
      await page.getByLabel('到', { exact: true }).selectOption('1')
      await page.getByRole('button', { name: '比较' }).click()
      await page.waitForURL(`${server.url}${versionPairPath(REGULATION, 1, 3)}`)
      await page.goto(`${server.url}${versionComparePath(REGULATION)}`)
      await page.getByLabel('从', { exact: true }).selectOption('2')
      await page.getByLabel('到', { exact: true }).selectOption('3')
      await page.getByRole('button', { name: '比较' }).click()
      await page.waitForURL(`${server.url}${versionChangesPath(REGULATION, 3)}`)
    })
  })

  it('one version against itself is explained and opens nothing', async () => {
    await withReader({}, async (page) => {
      await page.goto(`${server.url}${versionComparePath(REGULATION)}`)
      await page.getByLabel('从', { exact: true }).selectOption('2')
      await page.getByLabel('到', { exact: true }).selectOption('2')
      await page.getByRole('button', { name: '比较' }).click()
      await expect.poll(() => page.locator('[data-compare-message]').innerText()).toBe('请选择两个不同的版本进行比较。')
      expect(page.url()).toBe(`${server.url}${versionComparePath(REGULATION)}`)
    })
  })

  it('an address with ?from=&to= (the form sent before the script ran) opens the pair', async () => {
    await withReader({}, async (page) => {
      await page.goto(`${server.url}${versionComparePath(REGULATION)}?from=3&to=1`)
      await page.waitForURL(`${server.url}${versionPairPath(REGULATION, 1, 3)}`)
      await expectExactlyTheChangedArticles(page, TEXT_2019, TEXT_THIRD)
    })
  })
})

describe('without script: every comparison is a link', () => {
  it('lists each pair, and the link to 原文 against the current text marks exactly the articles that differ', async () => {
    await withReader({ javaScript: false }, async (page) => {
      await page.goto(`${server.url}${versionPath(REGULATION, 2)}`)
      await page.locator('.version-links').getByRole('link', { name: '比较任意两个版本' }).click()
      await page.waitForURL(`${server.url}${versionComparePath(REGULATION)}`)
      // Playwright turns script off without the parser's scripting flag, so <noscript> is not shown here; its words are there.
      expect(await page.locator('main noscript').textContent()).toContain('也可直接打开下列各对照页')
      const links = page.locator('.comparison-links a')
      expect(await links.allInnerTexts()).toEqual([
        '2023年第二次修正（现行文本）与原文对照',
        '2023年第二次修正（现行文本）与2022年第一次修正对照',
        '2022年第一次修正与原文对照',
      ])
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        comparisonPath(REGULATION, 1, 3),
        versionChangesPath(REGULATION, 3),
        versionChangesPath(REGULATION, 2),
      ])
      await links.first().click()
      await page.waitForURL(`${server.url}${versionPairPath(REGULATION, 1, 3)}`)
      await expectExactlyTheChangedArticles(page, TEXT_2019, TEXT_THIRD)
    })
  })

  it('a document with two versions has no comparison form: its changes page is the comparison', async () => {
    await withReader({ javaScript: false }, async (page) => {
      await page.goto(`${server.url}${documentPath(TWO_VERSIONS)}`)
      expect(await page.locator('.version-list > li').count()).toBe(2)
      expect(await page.getByRole('link', { name: '比较任意两个版本' }).count()).toBe(0)
      await page.goto(`${server.url}${versionPath(TWO_VERSIONS, 1)}`)
      expect(await page.getByRole('link', { name: '比较任意两个版本' }).count()).toBe(0)
      const response = await page.goto(`${server.url}${versionComparePath(TWO_VERSIONS)}`)
      expect(response?.status()).toBe(404)
    })
  })
})

describe('each version cites the issue that printed it', () => {
  it('the 原文 its 2019 issue and pages, the 修正 its 2020 issue; a version no issue printed cites none', async () => {
    const page = await browser.newPage()
    const printedOn = async (address: string) => {
      await page.goto(`${server.url}${address}`)
      return page.$$eval('.version-printed li a:first-child', (links) =>
        links.map((link) => [link.textContent?.trim(), link.getAttribute('href')]),
      )
    }
    expect(await printedOn(versionPath(TWO_VERSIONS, 1))).toEqual([['《测试公报》2019年第1期 第5–8页', '/issues/2019/1/']])
    expect(await printedOn(versionPath(TWO_VERSIONS, 2))).toEqual([['《测试公报》2020年第7期 第1–4页', '/issues/2020/7/']])
    expect(await printedOn(versionPath(REGULATION, 1))).toEqual([])
    await page.close()
  })
})

describe('the office’s texts are shown as text', () => {
  it.each([true, false])('a paragraph-shaped text written like markup, script %s', async (javaScript) => {
    await withReader({ javaScript }, async (page) => {
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.goto(`${server.url}${versionPairPath(MARKUP, 1, 3)}`)
      expect(await page.locator('.diff-legend').innerText()).toContain('段有变化')
      expect(await page.locator('.change-changed').innerText()).toContain(INJECTED)
      expect(await page.locator('.change-added').innerText()).toContain('<script>window.__injected = true</script>')
      expect(await page.locator('h1').innerText()).toBe('示例市关于<b>标记</b>的通知')
      expect(await page.locator('main img, main script:not([type]), main b').count()).toBe(0)
      if (javaScript) expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
      await page.goto(`${server.url}${versionComparePath(MARKUP)}`)
      expect(await page.locator('#compare-from option').allInnerTexts()).toEqual([
        '原文',
        '2024年第一次勘误',
        '2024年第二次勘误（现行文本）',
      ])
      expect(await page.locator('main b').count()).toBe(0)
      expect(errors).toEqual([])
    })
  })
})

describe('on a phone and on paper', () => {
  it.each([
    ['the comparison form', versionComparePath(REGULATION)],
    ['version 1 against version 3', versionPairPath(REGULATION, 1, 3)],
  ])('%s fits 320 px', async (_what, address) => {
    await withReader({ width: 320 }, async (page) => {
      await page.goto(`${server.url}${address}`)
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
      const name = address.includes('1-3') ? 'pair' : 'form'
      await page.screenshot({ path: `/tmp/version-compare-${name}-320.png`, fullPage: false })
    })
  })

  it('prints the comparison: marks by line, not by shading; the form left out', async () => {
    await withReader({}, async (page) => {
      await page.emulateMedia({ media: 'print' })
      await page.goto(`${server.url}${versionPairPath(REGULATION, 1, 3)}`)
      const mark = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((element) => {
            const style = getComputedStyle(element)
            return { line: style.textDecorationLine, background: style.backgroundColor }
          })
      expect(await mark('.change-changed ins')).toEqual({ line: 'underline', background: 'rgba(0, 0, 0, 0)' })
      expect(await mark('.change-changed del')).toEqual({ line: 'line-through', background: 'rgba(0, 0, 0, 0)' })
      await page.screenshot({ path: '/tmp/version-compare-pair-print.png', fullPage: false })
      const pdf = await page.pdf({ format: 'A4' })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      await page.goto(`${server.url}${versionComparePath(REGULATION)}`)
      expect(await page.locator('.version-compare-form').isVisible()).toBe(false)
      expect(await page.locator('.comparison-links').isVisible()).toBe(true)
    })
  })
})

describe('accessibility (axe-core, WCAG 2.1 A and AA) of the comparison pages', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
  type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }

  it.each([
    ['the comparison form', versionComparePath(REGULATION)],
    ['a pair of versions', versionPairPath(REGULATION, 1, 3)],
  ])('%s has no violations', async (_what, address) => {
    await withReader({}, async (page) => {
      await page.goto(`${server.url}${address}`)
      await page.waitForLoadState('networkidle')
      await page.addScriptTag({ path: axePath })
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      })
      expect(violations).toEqual([])
    })
  })
})
