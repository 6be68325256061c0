/**
 * Stored XSS, end to end: documents, an interpretation, an organisation and a withdrawn
 * document whose free-text fields (title, subject, keywords, body text, link targets,
 * attachment titles, the organisation's name) hold script, event-handler, SVG,
 * javascript: and malformed-HTML payloads are written through the real CMS (Local API
 * on a temporary gazette), exported, built with the real `astro build` and Pagefind, and
 * every HTML page of that site is loaded in headless Chromium, plus the search page for
 * words of those titles and for the payloads themselves. No payload may run, no dialog
 * open, and the payload text shows as inert text where the field is shown.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { LexicalNode, LexicalState } from '../../core/snapshot/lexical'
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer'
import { buildSite, repoTempDir } from '../int/helpers/leakSite'
import { startTempGazette, type TempGazette } from '../int/helpers/tempGazette'
import { launchBrowser } from './helpers/browser'
import { expectInert, visit } from './helpers/inertPage'

const PAYLOADS = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=1">',
  svg: '"><svg onload=window.__xss=1>',
  alert: "'><img src=x onerror=alert(1)>",
  malformed: '</title></textarea></script><script>window.__xss=1</script><!--',
  attribute: '" autofocus onfocus="window.__xss=1" x="',
  iframe: '<iframe src="javascript:window.__xss=1"></iframe>',
  template: '${window.__xss=1}{{constructor.constructor("window.__xss=1")()}}',
  unclosed: '<b onmouseover=window.__xss=1 <i>未闭合',
  entity: '&lt;script&gt;window.__xss=1&lt;/script&gt;',
}
const payloadList = Object.values(PAYLOADS)
// Link targets the CMS accepts (Payload refuses a URL with a space) that a browser would run
// or follow off-site: browsers strip the tab, so java\tscript: is javascript:.
const UNSAFE_URLS = [
  'javascript:window.__xss=1',
  '\tJaVaScRiPt:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  'java\tscript:window.__xss=1',
  '//evil.example/x',
]

let gazette: TempGazette
let work: string
let server: StaticServer
let browser: Browser
const slugs: Record<string, string> = {}

const text = (value: string): LexicalNode => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
})
const link = (url: string, label: string): LexicalNode => ({
  type: 'link',
  version: 3,
  format: '',
  indent: 0,
  direction: 'ltr',
  fields: { url, newTab: false, linkType: 'custom' },
  children: [text(label)],
})
const bodyWith = (...nodes: LexicalNode[]): LexicalState => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: nodes },
})

beforeAll(async () => {
  work = repoTempDir('e2e-xss')
  gazette = await startTempGazette()
  const { payload } = gazette
  const org = await payload.create({
    collection: 'organizations',
    data: { name: `测试局${PAYLOADS.img}`, shortName: `简称${PAYLOADS.svg}`, orgCode: '000000019' },
  })
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n')
  const media = await payload.create({
    collection: 'media',
    data: { alt: PAYLOADS.img },
    file: { data: pdf, mimetype: 'application/pdf', name: 'fujian"><svg onload=alert(1)>.pdf', size: pdf.length },
  })
  const base = {
    issuers: [org.id],
    writtenDate: '2024-03-01T04:00:00.000Z',
    publishedDate: '2024-03-05T04:00:00.000Z',
    effectiveDate: '2024-04-01T04:00:00.000Z',
    disclosure: 'proactive' as const,
    _status: 'published' as const,
  }
  const documents: Array<[string, Record<string, unknown>]> = [
    [
      'script',
      {
        title: `关于跨站脚本测试甲的通知${PAYLOADS.script}`,
        kind: 'normative-department',
        docNumberRaw: '测试发〔2024〕1号',
        subject: PAYLOADS.svg,
        keywords: [PAYLOADS.script, PAYLOADS.img],
        body: bodyWith(
          paragraph(text(`正文一：${PAYLOADS.script}`)),
          paragraph(text(`正文二：${PAYLOADS.img}`), link(UNSAFE_URLS[0] as string, '危险链接一')),
          paragraph(link(UNSAFE_URLS[1] as string, '危险链接二'), link(UNSAFE_URLS[2] as string, '危险链接三')),
          paragraph(
            link(UNSAFE_URLS[3] as string, '危险链接四'),
            link(UNSAFE_URLS[4] as string, '危险链接五'),
            link('vbscript:msgbox(1)', '危险链接六'),
            link('https://www.gov.cn/', '安全链接'),
          ),
          {
            type: 'heading',
            tag: 'h2',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [text(`标题${PAYLOADS.malformed}`)],
          },
          {
            type: 'list',
            listType: 'bullet',
            tag: 'ul',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [
              { type: 'listitem', value: 1, version: 1, format: '', indent: 0, direction: 'ltr', children: [text(PAYLOADS.attribute)] },
            ],
          },
          { type: 'quote', version: 1, format: '', indent: 0, direction: 'ltr', children: [text(PAYLOADS.iframe)] },
          // An unknown node with raw HTML: the export must drop it, never pass it through.
          { type: 'html', version: 1, html: PAYLOADS.script, children: [text(PAYLOADS.unclosed)] } as LexicalNode,
        ),
        attachments: [{ title: `附件：${PAYLOADS.svg}`, file: media.id }],
      },
    ],
    [
      'img',
      {
        title: `跨站脚本测试乙${PAYLOADS.img}${PAYLOADS.alert}`,
        kind: 'rule',
        docNumberRaw: '测试发〔2024〕2号',
        subject: PAYLOADS.attribute,
        keywords: [PAYLOADS.svg, PAYLOADS.template],
        body: bodyWith(paragraph(text(PAYLOADS.alert)), paragraph(text(PAYLOADS.template)), paragraph(text(PAYLOADS.entity))),
      },
    ],
    [
      'svg',
      {
        title: `跨站脚本测试丙${PAYLOADS.svg}${PAYLOADS.malformed}`,
        kind: 'other',
        subject: PAYLOADS.script,
        keywords: [PAYLOADS.malformed, PAYLOADS.unclosed],
        body: bodyWith(paragraph(text(PAYLOADS.svg)), paragraph(text(PAYLOADS.unclosed)), paragraph(text(PAYLOADS.iframe))),
      },
    ],
    [
      'formula',
      {
        title: `=HYPERLINK("http://evil.example","跨站脚本测试丁")${PAYLOADS.attribute}`,
        kind: 'normative-department',
        docNumberRaw: '测试发〔2024〕3号',
        keywords: ['+cmd', '@SUM(1)'],
        body: bodyWith(paragraph(text(PAYLOADS.entity))),
      },
    ],
  ]
  const ids: Record<string, number> = {}
  for (const [key, data] of documents) {
    const doc = await payload.create({ collection: 'documents', data: { ...base, ...data } as never, depth: 0 })
    ids[key] = doc.id
    slugs[key] = String(doc.slug)
  }
  await payload.create({
    collection: 'document-relations',
    data: { from: ids.img as number, to: ids.script as number, kind: 'amends', date: '2024-06-01T04:00:00.000Z' },
  })
  await payload.create({
    collection: 'document-relations',
    data: { from: ids.svg as number, to: ids.formula as number, kind: 'replaces', date: '2024-06-01T04:00:00.000Z' },
  })
  const interp = await payload.create({
    collection: 'interpretations',
    data: {
      title: `跨站脚本测试解读${PAYLOADS.script}${PAYLOADS.img}`,
      documents: [ids.script as number, ids.img as number],
      form: 'text',
      interpretationBody: org.id,
      publishedDate: '2024-03-06T04:00:00.000Z',
      disclosure: 'proactive',
      body: bodyWith(paragraph(text(PAYLOADS.svg), link(UNSAFE_URLS[0] as string, '解读中的危险链接'))) as never,
      attachments: [{ title: PAYLOADS.alert, file: media.id }],
      _status: 'published',
    },
    depth: 0,
  })
  slugs.interpretation = String(interp.slug)
  // A withdrawn document keeps a notice with its title: the title must stay inert there too.
  const withdrawn = await payload.create({
    collection: 'documents',
    data: { ...base, kind: 'other', title: `已撤回的跨站脚本测试${PAYLOADS.svg}` } as never,
    depth: 0,
  })
  slugs.withdrawn = String(withdrawn.slug)
  await payload.update({
    collection: 'documents',
    id: withdrawn.id,
    data: { _status: 'draft', reviewState: 'withdrawn', withdrawnAt: '2024-07-01T04:00:00.000Z' } as never,
  })

  const snapshotDir = path.join(work, 'snapshot')
  const distDir = path.join(work, 'dist')
  const { exportSnapshot } = await import('../../cms/export/exportSnapshot')
  await exportSnapshot(payload, { outDir: snapshotDir, gazetteName: `测试公报${PAYLOADS.script}`, timeZone: 'Asia/Shanghai' })
  await buildSite(snapshotDir, distDir)
  server = await startStaticServer(distDir)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await gazette?.cleanup()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

function htmlPages(distDir: string): string[] {
  return fs
    .readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.html'))
    .map(
      (name) =>
        `/${name
          .replace(/index\.html$/, '')
          .split(path.sep)
          .map(encodeURIComponent)
          .join('/')}`,
    )
    .sort()
}

describe('stored XSS on the built site', () => {
  it('catches a payload that does run (control of the harness)', async () => {
    const page = await browser.newPage()
    const findings = await visit(
      page,
      `data:text/html,${encodeURIComponent('<p>x</p><img src=x onerror="window.__xss=1"><script>alert(1)</script>')}`,
    )
    expect(findings.xss).toBe(1)
    expect(findings.dialogs).toEqual(['1'])
    expect(findings.handlers).toHaveLength(1)
    expect(findings.scripts).toHaveLength(1)
    await page.close()
  })

  it('runs no payload on any page', { timeout: 180_000 }, async () => {
    const pages = htmlPages(path.join(work, 'dist'))
    // The pages that show the payloads are all there.
    for (const key of ['script', 'img', 'svg', 'formula', 'withdrawn']) expect(pages).toContain(`/documents/${slugs[key]}/`)
    expect(pages).toContain(`/interpretations/${slugs.interpretation}/`)
    expect(pages.some((p) => p.startsWith('/numbers/'))).toBe(true)
    expect(pages.some((p) => p.startsWith('/catalogues/'))).toBe(true)
    const page = await browser.newPage()
    for (const address of pages) expectInert(address, await visit(page, `${server.url}${address}`))
    console.log(`xss: ${pages.length} pages loaded, none ran a payload`)
    await page.close()
  })

  it('shows the payloads as text on the document and interpretation pages', async () => {
    const page = await browser.newPage()
    await visit(page, `${server.url}/documents/${slugs.script}/`)
    expect(await page.textContent('h1')).toContain(PAYLOADS.script)
    const main = (await page.textContent('main')) ?? ''
    for (const shown of [
      `正文一：${PAYLOADS.script}`,
      `正文二：${PAYLOADS.img}`,
      `标题${PAYLOADS.malformed}`,
      PAYLOADS.attribute,
      PAYLOADS.iframe,
      `附件：${PAYLOADS.svg}`,
      `测试局${PAYLOADS.img}`,
    ]) {
      expect(main).toContain(shown)
    }
    // Unsafe link targets lose the link and keep the words; the https one stays a link.
    const links = await page.$$eval('main a', (anchors) => anchors.map((a) => [a.textContent?.trim(), a.getAttribute('href')]))
    for (const label of ['危险链接一', '危险链接二', '危险链接三', '危险链接四', '危险链接五', '危险链接六']) {
      expect(main).toContain(label)
      expect(
        links.find(([t]) => t === label),
        label,
      ).toBeUndefined()
    }
    expect(links).toContainEqual(['安全链接', 'https://www.gov.cn/'])
    expect(await page.title()).toContain(PAYLOADS.script)

    await visit(page, `${server.url}/documents/${slugs.img}/`)
    expect(await page.textContent('h1')).toContain(`${PAYLOADS.img}${PAYLOADS.alert}`)
    expect(await page.textContent('main')).toContain(PAYLOADS.template)
    // An escaped entity in the source stays the literal characters, not decoded into a tag.
    expect(await page.textContent('main')).toContain(PAYLOADS.entity)

    await visit(page, `${server.url}/interpretations/${slugs.interpretation}/`)
    expect(await page.textContent('h1')).toContain(`${PAYLOADS.script}${PAYLOADS.img}`)
    expect(await page.textContent('main')).toContain(PAYLOADS.svg)

    await visit(page, `${server.url}/documents/${slugs.withdrawn}/`)
    expect(await page.textContent('main')).toContain(PAYLOADS.svg)
    await page.close()
  })

  it('runs no payload in search results, and none typed into the search box', { timeout: 120_000 }, async () => {
    const page = await browser.newPage()
    const results = (p: Page) => p.waitForSelector('li.search-result', { timeout: 15_000 })
    for (const query of ['跨站脚本测试', '通知', '解读', '正文一', 'window', 'onerror', 'svg']) {
      const findings = await visit(page, `${server.url}/search/?q=${encodeURIComponent(query)}`, results)
      expectInert(`search ${query}`, findings)
      expect(await page.$$('li.search-result'), query).not.toHaveLength(0)
    }
    const listed = (await page.textContent('main')) ?? ''
    expect(listed.length).toBeGreaterThan(0)
    // Reflected: the query itself, and filters, hold payloads.
    for (const query of [...payloadList, '测试发〔2024〕1号', `测试发〔2024〕1号${PAYLOADS.img}`]) {
      const findings = await visit(
        page,
        `${server.url}/search/?q=${encodeURIComponent(query)}&issuer=${encodeURIComponent(PAYLOADS.svg)}&year=${encodeURIComponent(PAYLOADS.img)}`,
        (p) =>
          p.waitForFunction(() => !document.querySelector('.search-status')?.textContent?.includes('正在'), undefined, { timeout: 15_000 }),
      )
      expectInert(`search for ${query}`, findings)
      expect(await page.inputValue('input[name="q"]')).toBe(query)
    }
    await page.close()
  })

  it('keeps payloads and formulas inert in the catalogue downloads', async () => {
    const dist = path.join(work, 'dist')
    const csvFiles = fs
      .readdirSync(dist, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.csv'))
    expect(csvFiles.length).toBeGreaterThan(0)
    const csv = csvFiles.map((f) => fs.readFileSync(path.join(dist, f), 'utf8')).join('\n')
    expect(csv).toContain('HYPERLINK')
    // Every cell that starts like a formula is made text with a leading apostrophe.
    const cells = csv.split(/\r\n/).flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)/g) ?? [])
    for (const cell of cells) expect(cell.replace(/^"/, ''), cell).not.toMatch(/^[=+\-@]/)
  })
})
